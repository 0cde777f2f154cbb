namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Dutch { get; } = new()
    {
        StoredTitle = "Wat er over u is opgeslagen",
        NothingStored = "Er is niets over u opgeslagen: geen antwoorden op enquêtes, contactgegevens, bewaarde voortgang of reacties.",
        AlwaysKept = "Om u te kunnen antwoorden bewaar ik de id van ons gesprek. Mijn logboeken noemen niemand en bevatten geen antwoorden of e-mailadressen.",
        CodeLine = "Uw antwoorden zijn opgeslagen onder deze code in plaats van uw naam: {0}",
        ResponsesTitle = "Antwoorden op enquêtes",
        ResponseLine = "{0}, ingediend op {1}",
        ContactTitle = "Contactgegevens",
        ContactLine = "Gegeven bij de {0} op {1}, apart van uw antwoorden opgeslagen en alleen gebruikt om contact met u op te nemen over ondersteuning.",
        ProgressTitle = "Bewaarde voortgang",
        ProgressLine = "Bewaarde items: {0} (waar u bent in een enquête, of uw resultaat na het indienen, en uw laatste vragen aan mij zodat ik vervolgvragen begrijp).",
        FeedbackTitle = "Uw reacties op mijn antwoorden",
        Liked = "vond het goed",
        Disliked = "vond het niet goed",
        DeleteButton = "Mijn gegevens verwijderen",
        ConfirmTitle = "Uw gegevens verwijderen?",
        ConfirmText = "Hiermee wordt het volgende overal gewist waar ik het bewaar. Dit kan niet ongedaan worden gemaakt.",
        ConfirmButton = "Alles verwijderen",
        KeepButton = "Annuleren",
        ResponsesCount = "Antwoorden op enquêtes: {0}",
        ContactsCount = "Contactgegevens: {0}",
        ProgressCount = "Bewaarde voortgang: {0}",
        FeedbackCount = "Reacties op antwoorden: {0}",
        ErasedTitle = "Uw gegevens zijn gewist",
        ErasedText = "Gewist overal waar ik ze bewaarde:",
        NothingToErase = "Er is niets over u opgeslagen, dus er was niets te wissen.",
        KeptText = "Er is niets verwijderd.",
        OnlyPersonal = "Ik toon en verwijder uw gegevens alleen in ons persoonlijke gesprek: open een chat met mij en typ daar **my data** of **delete my data**.",
        StorageUnavailable = "Ik kan de opslag nu niet bereiken, dus er is niets getoond of verwijderd. Probeer het over een paar minuten opnieuw.",
        ReminderTitle = "Herinneringsinstellingen",
        ReminderLine = "Tijdzone {0}, taal {1} en onze chat, zodat herinneringen aan actiepunten u 's ochtends bereiken.",
        ReminderNameLine = "Uw naam, zoals Teams die doorgaf: {0}",
        RemindersOffLine = "U hebt de herinneringen uitgezet.",
        ReminderCount = "Herinneringsinstellingen: {0}",
    };
}
