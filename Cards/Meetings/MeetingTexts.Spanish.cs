namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Spanish = new()
    {
        CsvColumns = [
            "Fecha", "Proyecto", "Socio", "Región", "País", "Tipo de reunión", "Formato", "Idioma",
            "Instrumento de política", "Participantes", "Autoridad pública/de gestión",
            "Organización de apoyo empresarial", "Pyme", "Universidad/investigación", "Otros",
            "Organizaciones", "Temas", "Decisiones", "Acciones", "Acciones pendientes", "Buenas prácticas",
            "Fase del plan de acción", "Cambio de política observado", "Cambio de política", "Acta",
            "Lista de asistencia", "Notas", "Compartido con las partes interesadas", "ID de la reunión"
        ],
        MeetingTypes = [
            "Reunión RSG", "Seminario web", "Visita de estudio temática", "Reunión interregional",
            "Revisión por pares", "Otro"
        ],
        Formats = ["Presencial", "En línea", "Híbrido"],
        ActionPlanStages = [
            "Análisis de la situación", "Plan de acción redactado", "Plan de acción validado",
            "Ejecución (fase 2)", "Seguimiento (fase 2)"
        ],
        Languages = [
            "Inglés", "Neerlandés", "Alemán", "Húngaro", "Italiano", "Lituano", "Polaco", "Portugués",
            "Rumano", "Esloveno", "Español"
        ],
        Yes = "Sí",
        No = "No",
        Due = "plazo {0}",
        Done = "hecha",
    };
}
