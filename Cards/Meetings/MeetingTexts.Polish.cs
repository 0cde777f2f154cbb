namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Polish = new()
    {
        CsvColumns = [
            "Data", "Projekt", "Partner", "Region", "Kraj", "Rodzaj spotkania", "Forma", "Język",
            "Instrument polityki", "Uczestnicy", "Organ publiczny/instytucja zarządzająca",
            "Instytucja otoczenia biznesu", "MŚP", "Uczelnia/jednostka badawcza", "Inne", "Organizacje",
            "Tematy", "Decyzje", "Zadania", "Otwarte zadania", "Dobre praktyki", "Etap planu działania",
            "Zaobserwowano zmianę polityki", "Zmiana polityki", "Protokół", "Lista obecności", "Uwagi",
            "Udostępnione interesariuszom", "Identyfikator spotkania"
        ],
        MeetingTypes = [
            "Spotkanie RSG", "Webinarium", "Tematyczna wizyta studyjna", "Spotkanie międzyregionalne",
            "Ocena partnerska", "Inne"
        ],
        Formats = ["Stacjonarnie", "Online", "Hybrydowo"],
        ActionPlanStages = [
            "Analiza sytuacji", "Projekt planu działania", "Plan działania zatwierdzony", "Wdrażanie (faza 2)",
            "Monitorowanie (faza 2)"
        ],
        Languages = [
            "angielski", "niderlandzki", "niemiecki", "węgierski", "włoski", "litewski", "polski",
            "portugalski", "rumuński", "słoweński", "hiszpański"
        ],
        Yes = "Tak",
        No = "Nie",
        Due = "termin {0}",
        Done = "wykonane",
    };
}
