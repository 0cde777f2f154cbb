namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Lithuanian = new()
    {
        CsvColumns = [
            "Data", "Projektas", "Partneris", "Regionas", "Šalis", "Susitikimo tipas", "Forma", "Kalba",
            "Politikos priemonė", "Dalyviai", "Valdžios/vadovaujančioji institucija",
            "Verslo paramos organizacija", "MVĮ", "Universitetas/mokslinių tyrimų institucija", "Kita",
            "Organizacijos", "Temos", "Sprendimai", "Veiksmai", "Neatlikti veiksmai", "Gerosios praktikos",
            "Veiksmų plano etapas", "Pastebėtas politikos pokytis", "Politikos pokytis", "Protokolas",
            "Dalyvių sąrašas", "Pastabos", "Pasidalyta su suinteresuotosiomis šalimis", "Susitikimo ID"
        ],
        MeetingTypes = [
            "RSG susitikimas", "Internetinis seminaras", "Teminis mokomasis vizitas",
            "Tarpregioninis susitikimas", "Tarpusavio vertinimas", "Kita"
        ],
        Formats = ["Gyvai", "Nuotoliu", "Mišriu būdu"],
        ActionPlanStages = [
            "Situacijos analizė", "Veiksmų planas parengtas", "Veiksmų planas patvirtintas",
            "Įgyvendinimas (2 etapas)", "Stebėsena (2 etapas)"
        ],
        Languages = [
            "anglų", "olandų", "vokiečių", "vengrų", "italų", "lietuvių", "lenkų", "portugalų", "rumunų",
            "slovėnų", "ispanų"
        ],
        Yes = "Taip",
        No = "Ne",
        Due = "terminas {0}",
        Done = "atlikta",
    };
}
