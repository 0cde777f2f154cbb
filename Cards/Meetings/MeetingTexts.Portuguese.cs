namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Portuguese = new()
    {
        CsvColumns = [
            "Data", "Projeto", "Parceiro", "Região", "País", "Tipo de reunião", "Formato", "Língua",
            "Instrumento de política", "Participantes", "Autoridade pública/de gestão",
            "Organização de apoio às empresas", "PME", "Universidade/investigação", "Outros", "Organizações",
            "Temas", "Decisões", "Ações", "Ações em aberto", "Boas práticas", "Fase do plano de ação",
            "Alteração da política observada", "Alteração da política", "Ata", "Lista de presenças", "Notas",
            "Partilhado com as partes interessadas", "ID da reunião"
        ],
        MeetingTypes = [
            "Reunião RSG", "Webinar", "Visita de estudo temática", "Reunião inter-regional",
            "Avaliação pelos pares", "Outro"
        ],
        Formats = ["Presencial", "Online", "Híbrido"],
        ActionPlanStages = [
            "Análise da situação", "Plano de ação redigido", "Plano de ação validado",
            "Implementação (fase 2)", "Monitorização (fase 2)"
        ],
        Languages = [
            "Inglês", "Neerlandês", "Alemão", "Húngaro", "Italiano", "Lituano", "Polaco", "Português",
            "Romeno", "Esloveno", "Espanhol"
        ],
        Yes = "Sim",
        No = "Não",
        Due = "prazo {0}",
        Done = "concluída",
    };
}
