namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Dutch = new()
    {
        CsvColumns = [
            "Datum", "Project", "Partner", "Regio", "Land", "Soort bijeenkomst", "Vorm", "Taal",
            "Beleidsinstrument", "Deelnemers", "Overheid/managementautoriteit",
            "Bedrijfsondersteunende organisatie", "Mkb-bedrijf", "Universiteit/onderzoek", "Overig",
            "Organisaties", "Onderwerpen", "Besluiten", "Actiepunten", "Open actiepunten", "Goede praktijken",
            "Fase actieplan", "Beleidswijziging waargenomen", "Beleidswijziging", "Notulen", "Presentielijst",
            "Notities", "Gedeeld met stakeholders", "Id bijeenkomst"
        ],
        MeetingTypes = [
            "RSG-bijeenkomst", "Webinar", "Thematisch studiebezoek", "Interregionale bijeenkomst",
            "Peer review", "Overig"
        ],
        Formats = ["Fysiek", "Online", "Hybride"],
        ActionPlanStages = [
            "Situatieanalyse", "Actieplan opgesteld", "Actieplan gevalideerd", "Uitvoering (fase 2)",
            "Monitoring (fase 2)"
        ],
        Languages = [
            "Engels", "Nederlands", "Duits", "Hongaars", "Italiaans", "Litouws", "Pools", "Portugees",
            "Roemeens", "Sloveens", "Spaans"
        ],
        Yes = "Ja",
        No = "Nee",
        Due = "uiterlijk {0}",
        Done = "afgerond",
    };
}
