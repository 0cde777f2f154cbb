namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Slovenian = new()
    {
        CsvColumns = [
            "Datum", "Projekt", "Partner", "Regija", "Država", "Vrsta srečanja", "Oblika", "Jezik",
            "Instrument politike", "Udeleženci", "Javni organ/organ upravljanja",
            "Podporna organizacija za podjetja", "MSP", "Univerza/raziskave", "Drugo", "Organizacije", "Teme",
            "Odločitve", "Naloge", "Odprte naloge", "Dobre prakse", "Faza akcijskega načrta",
            "Opažena sprememba politike", "Sprememba politike", "Zapisnik", "Seznam prisotnih", "Opombe",
            "Deljeno z deležniki", "ID srečanja"
        ],
        MeetingTypes = [
            "Srečanje RSG", "Spletni seminar", "Tematski študijski obisk", "Medregionalno srečanje",
            "Medsebojni pregled", "Drugo"
        ],
        Formats = ["V živo", "Na spletu", "Hibridno"],
        ActionPlanStages = [
            "Analiza stanja", "Osnutek akcijskega načrta", "Potrjen akcijski načrt", "Izvajanje (faza 2)",
            "Spremljanje (faza 2)"
        ],
        Languages = [
            "angleščina", "nizozemščina", "nemščina", "madžarščina", "italijanščina", "litovščina",
            "poljščina", "portugalščina", "romunščina", "slovenščina", "španščina"
        ],
        Yes = "Da",
        No = "Ne",
        Due = "rok {0}",
        Done = "opravljeno",
    };
}
