namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Slovenian { get; } = new()
    {
        StoredTitle = "Kaj je shranjeno o vas",
        NothingStored = "O vas ni shranjeno nič: ne odgovori na vprašalnike, ne kontaktni podatki, ne shranjen napredek ne odzivi.",
        AlwaysKept = "Da vam lahko odgovorim, hranim identifikator najinega pogovora. Moji dnevniki ne navajajo imen in ne vsebujejo odgovorov ali e-poštnih naslovov.",
        CodeLine = "Vaši odgovori so shranjeni pod to kodo namesto vašega imena: {0}",
        ResponsesTitle = "Odgovori na vprašalnike",
        ResponseLine = "{0}, oddano {1}",
        ContactTitle = "Kontaktni podatki",
        ContactLine = "Podani z vprašalnikom »{0}« dne {1}, shranjeni ločeno od vaših odgovorov in uporabljeni samo za stik glede podpore.",
        ProgressTitle = "Shranjen napredek",
        ProgressLine = "Shranjeni zapisi: {0} (kje ste v vprašalniku ali vaš rezultat po oddaji ter vaša zadnja vprašanja, da razumem nadaljnja).",
        FeedbackTitle = "Vaši odzivi na moje odgovore",
        Liked = "všeč",
        Disliked = "ni všeč",
        DeleteButton = "Izbriši moje podatke",
        ConfirmTitle = "Izbrišem vaše podatke?",
        ConfirmText = "Naslednje bo izbrisano povsod, kjer to hranim. Tega ni mogoče razveljaviti.",
        ConfirmButton = "Izbriši vse",
        KeepButton = "Prekliči",
        ResponsesCount = "Odgovori na vprašalnike: {0}",
        ContactsCount = "Kontaktni podatki: {0}",
        ProgressCount = "Shranjen napredek: {0}",
        FeedbackCount = "Odzivi na odgovore: {0}",
        ErasedTitle = "Vaši podatki so izbrisani",
        ErasedText = "Izbrisano povsod, kjer sem to hranil:",
        NothingToErase = "O vas ni shranjeno nič, zato ni bilo česa izbrisati.",
        KeptText = "Nič ni bilo izbrisano.",
        OnlyPersonal = "Vaše podatke prikažem in izbrišem samo v najinem osebnem pogovoru: odprite klepet z mano in tam vpišite **my data** ali **delete my data**.",
        StorageUnavailable = "Do shrambe trenutno ne morem dostopati, zato nisem ničesar prikazal ali izbrisal. Poskusite znova čez nekaj minut.",
        ReminderTitle = "Nastavitve opomnikov",
        ReminderLine = "Časovni pas {0}, jezik {1} in najin klepet, da vas opomniki o nalogah dosežejo zjutraj.",
        ReminderNameLine = "Vaše ime, kot ga je poslal Teams: {0}",
        RemindersOffLine = "Opomnike ste izklopili.",
        ReminderCount = "Nastavitve opomnikov: {0}",
    };
}
