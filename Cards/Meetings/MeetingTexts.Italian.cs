namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Italian = new()
    {
        CsvColumns = [
            "Data", "Progetto", "Partner", "Regione", "Paese", "Tipo di incontro", "Modalità", "Lingua",
            "Strumento di policy", "Partecipanti", "Autorità pubblica/di gestione",
            "Organizzazione di supporto alle imprese", "PMI", "Università/ricerca", "Altro", "Organizzazioni",
            "Temi", "Decisioni", "Azioni", "Azioni aperte", "Buone pratiche", "Fase del piano d'azione",
            "Cambiamento della policy osservato", "Cambiamento della policy", "Verbale", "Foglio presenze",
            "Note", "Condiviso con gli stakeholder", "ID incontro"
        ],
        MeetingTypes = [
            "Incontro RSG", "Webinar", "Visita di studio tematica", "Incontro interregionale", "Peer review",
            "Altro"
        ],
        Formats = ["In presenza", "Online", "Ibrido"],
        ActionPlanStages = [
            "Analisi della situazione", "Piano d'azione redatto", "Piano d'azione validato",
            "Attuazione (fase 2)", "Monitoraggio (fase 2)"
        ],
        Languages = [
            "Inglese", "Olandese", "Tedesco", "Ungherese", "Italiano", "Lituano", "Polacco", "Portoghese",
            "Rumeno", "Sloveno", "Spagnolo"
        ],
        Yes = "Sì",
        No = "No",
        Due = "scadenza {0}",
        Done = "fatto",
    };
}
