namespace StakeholderBot.Dialogs;

// What a project manager is told when asking for survey results or meeting summaries in a group chat or channel,
// where every member (guests included) would see them: where to ask instead. In the 11 partner languages.
public static class PersonalChatTexts
{
    public static string Pointer(string language) => All.GetValueOrDefault(language) ?? All["en"];

    private static readonly Dictionary<string, string> All = new()
    {
        ["en"] = "Survey results and meeting summaries are shown only in a personal chat with me, where no one else can read them. Open a chat with me and type the command there.",
        ["nl"] = "Enquêteresultaten en vergaderoverzichten toon ik alleen in een persoonlijke chat met mij, waar niemand anders ze kan lezen. Open een chat met mij en typ het commando daar.",
        ["de"] = "Umfrageergebnisse und Sitzungsübersichten zeige ich nur in einem persönlichen Chat mit mir, in dem niemand sonst mitlesen kann. Öffnen Sie einen Chat mit mir und geben Sie den Befehl dort ein.",
        ["hu"] = "A felmérés eredményeit és az ülések összefoglalóit csak a velem folytatott személyes csevegésben mutatom meg, ahol más nem olvashatja őket. Nyiss egy csevegést velem, és ott írd be a parancsot.",
        ["it"] = "I risultati dei sondaggi e i riepiloghi delle riunioni li mostro solo in una chat personale con me, dove nessun altro può leggerli. Apri una chat con me e scrivi lì il comando.",
        ["pl"] = "Wyniki ankiet i podsumowania spotkań pokazuję tylko w czacie prywatnym ze mną, którego nikt inny nie czyta. Otwórz czat ze mną i wpisz tam polecenie.",
        ["es"] = "Los resultados de las encuestas y los resúmenes de reuniones solo los muestro en un chat personal conmigo, donde nadie más puede leerlos. Abre un chat conmigo y escribe allí el comando.",
        ["lt"] = "Apklausų rezultatus ir susitikimų santraukas rodau tik asmeniniame pokalbyje su manimi, kurio niekas kitas neskaito. Atidarykite pokalbį su manimi ir įrašykite komandą ten.",
        ["sl"] = "Rezultate anket in povzetke sestankov prikazujem samo v osebnem klepetu z mano, ki ga nihče drug ne more brati. Odprite klepet z mano in tam vpišite ukaz.",
        ["ro"] = "Rezultatele sondajelor și rezumatele întâlnirilor le arăt doar într-un chat personal cu mine, pe care nu îl poate citi nimeni altcineva. Deschideți un chat cu mine și scrieți comanda acolo.",
        ["pt"] = "Os resultados dos inquéritos e os resumos das reuniões só os mostro num chat pessoal comigo, que mais ninguém pode ler. Abra um chat comigo e escreva o comando aí.",
    };
}
