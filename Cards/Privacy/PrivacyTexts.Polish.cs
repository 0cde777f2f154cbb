namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Polish { get; } = new()
    {
        StoredTitle = "Co przechowujemy na Państwa temat",
        NothingStored = "Nie przechowujemy niczego na Państwa temat: żadnych odpowiedzi w ankietach, danych kontaktowych, zapisanych postępów ani reakcji.",
        AlwaysKept = "Aby móc odpowiadać, przechowuję identyfikator naszej rozmowy. Moje dzienniki nikogo nie wymieniają z nazwiska i nie zawierają odpowiedzi ani adresów e-mail.",
        CodeLine = "Państwa odpowiedzi są przechowywane pod tym kodem zamiast imienia i nazwiska: {0}",
        ResponsesTitle = "Odpowiedzi w ankietach",
        ResponseLine = "{0}, wysłano {1}",
        ContactTitle = "Dane kontaktowe",
        ContactLine = "Podane w ankiecie „{0}” dnia {1}, przechowywane oddzielnie od odpowiedzi i używane wyłącznie do kontaktu w sprawie wsparcia.",
        ProgressTitle = "Zapisany postęp",
        ProgressLine = "Zapisane elementy: {0} (postęp w ankiecie lub wynik po jej wysłaniu oraz ostatnie pytania zadane mi, abym rozumiał pytania uzupełniające).",
        FeedbackTitle = "Państwa reakcje na moje odpowiedzi",
        Liked = "podobało się",
        Disliked = "nie podobało się",
        DeleteButton = "Usuń moje dane",
        ConfirmTitle = "Usunąć Państwa dane?",
        ConfirmText = "Poniższe dane zostaną usunięte wszędzie, gdzie je przechowuję. Tej operacji nie można cofnąć.",
        ConfirmButton = "Usuń wszystko",
        KeepButton = "Anuluj",
        ResponsesCount = "Odpowiedzi w ankietach: {0}",
        ContactsCount = "Dane kontaktowe: {0}",
        ProgressCount = "Zapisany postęp: {0}",
        FeedbackCount = "Reakcje na odpowiedzi: {0}",
        ErasedTitle = "Państwa dane zostały usunięte",
        ErasedText = "Usunięto wszędzie, gdzie je przechowywałem:",
        NothingToErase = "Nie przechowujemy niczego na Państwa temat, więc nie było czego usuwać.",
        KeptText = "Niczego nie usunięto.",
        OnlyPersonal = "Pokazuję i usuwam Państwa dane tylko w naszej prywatnej rozmowie: proszę otworzyć czat ze mną i wpisać tam **my data** lub **delete my data**.",
        StorageUnavailable = "Nie mogę teraz połączyć się z magazynem danych, więc niczego nie pokazałem ani nie usunąłem. Proszę spróbować ponownie za kilka minut.",
        ReminderTitle = "Ustawienia przypomnień",
        ReminderLine = "Strefa czasowa {0}, język {1} i nasz czat, aby przypomnienia o zadaniach docierały rano.",
        ReminderNameLine = "Imię i nazwisko przekazane przez Teams: {0}",
        RemindersOffLine = "Przypomnienia są wyłączone.",
        ReminderCount = "Ustawienia przypomnień: {0}",
    };
}
