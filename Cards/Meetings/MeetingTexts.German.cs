namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts German = new()
    {
        CsvColumns = [
            "Datum", "Projekt", "Partner", "Region", "Land", "Art der Sitzung", "Format", "Sprache",
            "Politikinstrument", "Teilnehmende", "Behörde/Verwaltungsbehörde", "Wirtschaftsförderung", "KMU",
            "Hochschule/Forschung", "Sonstige", "Organisationen", "Themen", "Beschlüsse", "Aufgaben",
            "Offene Aufgaben", "Gute Praktiken", "Phase des Aktionsplans",
            "Änderung des Politikinstruments beobachtet", "Änderung des Politikinstruments", "Protokoll",
            "Teilnehmerliste", "Notizen", "Mit Stakeholdern geteilt", "Sitzungs-ID"
        ],
        MeetingTypes = [
            "RSG-Sitzung", "Webinar", "Thematischer Studienbesuch", "Interregionales Treffen", "Peer-Review",
            "Sonstiges"
        ],
        Formats = ["Vor Ort", "Online", "Hybrid"],
        ActionPlanStages = [
            "Situationsanalyse", "Aktionsplan entworfen", "Aktionsplan validiert", "Umsetzung (Phase 2)",
            "Monitoring (Phase 2)"
        ],
        Languages = [
            "Englisch", "Niederländisch", "Deutsch", "Ungarisch", "Italienisch", "Litauisch", "Polnisch",
            "Portugiesisch", "Rumänisch", "Slowenisch", "Spanisch"
        ],
        Yes = "Ja",
        No = "Nein",
        Due = "fällig {0}",
        Done = "erledigt",
    };
}
