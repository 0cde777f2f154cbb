namespace StakeholderBot.Cards.Meetings;

public sealed partial record MeetingTexts
{
    public static readonly MeetingTexts Hungarian = new()
    {
        CsvColumns = [
            "Dátum", "Projekt", "Partner", "Régió", "Ország", "Találkozó típusa", "Forma", "Nyelv",
            "Szakpolitikai eszköz", "Résztvevők", "Közigazgatási/irányító hatóság",
            "Vállalkozásfejlesztési szervezet", "KKV", "Egyetem/kutatás", "Egyéb", "Szervezetek", "Témák",
            "Döntések", "Teendők", "Nyitott teendők", "Jó gyakorlatok", "Cselekvési terv szakasza",
            "Szakpolitikai változás történt", "Szakpolitikai változás", "Jegyzőkönyv", "Jelenléti ív",
            "Megjegyzések", "Megosztva az érintettekkel", "Találkozó azonosítója"
        ],
        MeetingTypes = [
            "RSG-ülés", "Webinárium", "Tematikus tanulmányút", "Interregionális találkozó",
            "Szakértői értékelés", "Egyéb"
        ],
        Formats = ["Személyesen", "Online", "Hibrid"],
        ActionPlanStages = [
            "Helyzetelemzés", "Cselekvési terv tervezete elkészült", "Cselekvési terv jóváhagyva",
            "Megvalósítás (2. szakasz)", "Nyomon követés (2. szakasz)"
        ],
        Languages = [
            "angol", "holland", "német", "magyar", "olasz", "litván", "lengyel", "portugál", "román",
            "szlovén", "spanyol"
        ],
        Yes = "Igen",
        No = "Nem",
        Due = "határidő: {0}",
        Done = "kész",
    };
}
