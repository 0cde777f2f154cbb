namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Hungarian { get; } = new()
    {
        StoredTitle = "Amit Önről tárolunk",
        NothingStored = "Semmit nem tárolunk Önről: sem kérdőívválaszt, sem elérhetőséget, sem mentett előrehaladást, sem visszajelzést.",
        AlwaysKept = "Hogy válaszolhassak, megőrzöm a beszélgetésünk azonosítóját. A naplóim senkit nem neveznek meg, és nem tartalmaznak válaszokat vagy e-mail-címeket.",
        CodeLine = "Kérdőívválaszait a neve helyett ezzel a kóddal tároljuk: {0}",
        ResponsesTitle = "Kérdőívválaszok",
        ResponseLine = "{0}, beküldve: {1}",
        ContactTitle = "Elérhetőség",
        ContactLine = "Megadva ekkor: {1} ({0}), a válaszaitól külön tárolva, és csak arra használjuk, hogy a támogatással kapcsolatban felvegyük Önnel a kapcsolatot.",
        ProgressTitle = "Mentett előrehaladás",
        ProgressLine = "Mentett elemek: {0} (hol tart egy kérdőívben, vagy beküldés után az eredménye, valamint az utolsó kérdései, hogy megértsem a folytatásukat).",
        FeedbackTitle = "Visszajelzései a válaszaimra",
        Liked = "tetszett",
        Disliked = "nem tetszett",
        DeleteButton = "Adataim törlése",
        ConfirmTitle = "Törli az adatait?",
        ConfirmText = "Az alábbiakat mindenhonnan töröljük, ahol tárolom őket. Ez nem vonható vissza.",
        ConfirmButton = "Minden törlése",
        KeepButton = "Mégse",
        ResponsesCount = "Kérdőívválaszok: {0}",
        ContactsCount = "Elérhetőségek: {0}",
        ProgressCount = "Mentett előrehaladás: {0}",
        FeedbackCount = "Visszajelzések: {0}",
        ErasedTitle = "Adatait töröltük",
        ErasedText = "Mindenhonnan töröltük, ahol tároltam:",
        NothingToErase = "Semmit nem tárolunk Önről, így nem volt mit törölni.",
        KeptText = "Semmit nem töröltünk.",
        OnlyPersonal = "Adatait csak a személyes beszélgetésünkben mutatom meg és törlöm: nyisson egy csevegést velem, és ott írja be: **my data** vagy **delete my data**.",
        StorageUnavailable = "Most nem érem el a tárolót, ezért semmit nem mutattam meg és nem töröltem. Kérjük, próbálja újra néhány perc múlva.",
        ReminderTitle = "Emlékeztető-beállítások",
        ReminderLine = "Időzóna {0}, nyelv {1} és a közös csevegésünk, hogy a teendő-emlékeztetők reggel érkezzenek.",
        ReminderNameLine = "Az Ön neve, ahogy a Teams elküldte: {0}",
        RemindersOffLine = "Kikapcsolta az emlékeztetőket.",
        ReminderCount = "Emlékeztető-beállítások: {0}",
    };
}
