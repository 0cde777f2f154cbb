namespace StakeholderBot.Cards.Privacy;

public sealed partial record PrivacyTexts
{
    private static PrivacyTexts Lithuanian { get; } = new()
    {
        StoredTitle = "Kas apie jus saugoma",
        NothingStored = "Apie jus nieko nesaugoma: nei apklausų atsakymų, nei kontaktinių duomenų, nei išsaugotos eigos, nei įvertinimų.",
        AlwaysKept = "Kad galėčiau jums atsakyti, saugau mūsų pokalbio identifikatorių. Mano žurnaluose niekas neįvardijamas ir nėra atsakymų ar el. pašto adresų.",
        CodeLine = "Jūsų atsakymai saugomi su šiuo kodu vietoj jūsų vardo: {0}",
        ResponsesTitle = "Apklausų atsakymai",
        ResponseLine = "{0}, pateikta {1}",
        ContactTitle = "Kontaktiniai duomenys",
        ContactLine = "Pateikti su apklausa „{0}“ {1}, saugomi atskirai nuo jūsų atsakymų ir naudojami tik susisiekti su jumis dėl paramos.",
        ProgressTitle = "Išsaugota eiga",
        ProgressLine = "Išsaugoti įrašai: {0} (kur esate apklausoje arba, ją pateikus, jūsų rezultatas, ir paskutiniai jūsų klausimai, kad suprasčiau tolesnius).",
        FeedbackTitle = "Jūsų atsakymų įvertinimai",
        Liked = "patiko",
        Disliked = "nepatiko",
        DeleteButton = "Ištrinti mano duomenis",
        ConfirmTitle = "Ištrinti jūsų duomenis?",
        ConfirmText = "Tai, kas išvardyta toliau, bus ištrinta visur, kur tai saugau. To atšaukti negalima.",
        ConfirmButton = "Ištrinti viską",
        KeepButton = "Atšaukti",
        ResponsesCount = "Apklausų atsakymai: {0}",
        ContactsCount = "Kontaktiniai duomenys: {0}",
        ProgressCount = "Išsaugota eiga: {0}",
        FeedbackCount = "Atsakymų įvertinimai: {0}",
        ErasedTitle = "Jūsų duomenys ištrinti",
        ErasedText = "Ištrinta visur, kur saugojau:",
        NothingToErase = "Apie jus nieko nesaugoma, todėl nebuvo ko ištrinti.",
        KeptText = "Niekas nebuvo ištrinta.",
        OnlyPersonal = "Jūsų duomenis rodau ir ištrinu tik mūsų asmeniniame pokalbyje: atidarykite pokalbį su manimi ir ten įrašykite **my data** arba **delete my data**.",
        StorageUnavailable = "Dabar negaliu pasiekti saugyklos, todėl nieko neparodžiau ir neištryniau. Bandykite dar kartą po kelių minučių.",
        ReminderTitle = "Priminimų nustatymai",
        ReminderLine = "Laiko juosta {0}, kalba {1} ir mūsų pokalbis, kad priminimai apie užduotis jus pasiektų ryte.",
        ReminderNameLine = "Jūsų vardas, kaip jį perdavė Teams: {0}",
        RemindersOffLine = "Priminimus išjungėte.",
        ReminderCount = "Priminimų nustatymai: {0}",
    };
}
