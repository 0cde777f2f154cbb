namespace StakeholderBot.Knowledge.Text;

// Function words per partner language (folded), including question words: they say what is asked, not about what.
public static class StopWords
{
    public static readonly IReadOnlyList<string> Languages = ["en", "nl", "hu", "it", "pl", "es", "lt", "sl", "ro", "de", "pt"];

    private static readonly Dictionary<string, HashSet<string>> Lists = new()
    {
        ["en"] = Set("a an the and or but if of to in on at by for with from into onto about as is are was were be been being am do does did done " +
            "has have had having it its it's this that these those there here what which who whom whose when where why how much many " +
            "can could will would shall should may might must not no nor so than then too very just also only both each either " +
            "any all some such own same other more most less few up down out over under again further once i me my we our ours you your " +
            "he him his she her they them their theirs s t per via whether while during before after above below between through until " +
            "against among tell please know give let us did does done get got one ones go goes went gone going gets getting make makes made " +
            "take takes took come comes came gives gave say says said happen happens happened mean means meant called named kind type sort " +
            "exactly actually currently still ever yet really anything something thing things like part parts"),
        ["nl"] = Set("de het een en of maar als dan van te in op aan bij met voor naar uit over door om tot onder tussen tegen zonder " +
            "is zijn was waren wordt worden werd werden ben bent heeft hebben had hadden kan kunnen kon konden zal zullen zou zouden " +
            "moet moeten mag mogen wil willen die dat deze dit daar hier er wat welke welk wie wiens wanneer waar waarom hoe hoeveel " +
            "niet geen ook nog al wel zo zeer veel meer meest minder ze zij hij hem haar hun ik mij mijn wij we ons onze jij je jou jouw u uw " +
            "men iets niets alle elk elke ieder iedere andere sommige zich zelf naar toe af weer dus want omdat terwijl tijdens sinds na voordat " +
            "gaat ging gaan gegaan krijgt kreeg krijgen maakt maakte komt kwam geeft gaf zegt zei precies eigenlijk"),
        ["de"] = Set("der die das den dem des ein eine einer eines einem einen und oder aber wenn als von zu in im ins am an auf aus bei mit " +
            "nach fur vor uber unter zwischen durch gegen ohne um bis ist sind war waren wird werden wurde wurden bin bist hat haben hatte " +
            "hatten kann konnen konnte konnten soll sollen sollte wollen will muss mussen darf dieser diese dieses diesem diesen jener " +
            "was welche welcher welches wer wen wem wessen wann wo warum wie viel viele wieviel nicht kein keine keinen auch noch schon so " +
            "sehr mehr meist weniger sie er es ich mich mein wir uns unser ihr ihre ihren sein seine man etwas nichts alle jede jeder " +
            "andere sich selbst dann denn weil wahrend seit nachdem bevor dass geht ging gehen bekommt bekam macht machte kommt kam gibt gab sagt sagte genau"),
        ["es"] = Set("el la los las un una unos unas y o pero si de del al a en con por para sin sobre entre hasta desde durante " +
            "es son era eran fue fueron ser sido estar esta estan estaba ha han habia hay puede pueden podria debe deben este esta estos " +
            "estas ese esa esos esas aquel que cual cuales quien quienes cuando donde por que porque como cuanto cuanta cuantos cuantas " +
            "no ni tambien ya muy mas menos su sus se lo le les me mi mis nos nuestro nuestra yo tu usted ellos ellas el ella otro otra " +
            "otros todo toda todos todas cada algo nada mismo qual"),
        ["pt"] = Set("o a os as um uma uns umas e ou mas se de do da dos das ao aos em no na nos nas com por pelo pela pelos pelas para " +
            "sem sobre entre ate desde durante e sao era eram foi foram ser sido estar esta estao estava tem tinha ha pode podem deve " +
            "devem este esta estes estas esse essa esses essas aquele que qual quais quem quando onde porque como quanto quanta quantos " +
            "quantas nao nem tambem ja muito mais menos seu sua seus suas lhe lhes me meu minha nos nosso nossa eu tu voce eles elas ele " +
            "ela outro outra outros todo toda todos todas cada algo nada mesmo"),
        ["it"] = Set("il lo la i gli le un uno una e o ma se di del dello della dei degli delle a al allo alla ai agli alle da dal dalla " +
            "dai in nel nello nella nei negli nelle con su sul sulla per tra fra senza sopra sotto durante e sono era erano fu furono " +
            "essere stato stata ha hanno aveva puo possono deve devono questo questa questi queste quello quella che cui quale quali chi " +
            "quando dove perche come quanto quanta quanti quante non ne anche gia molto piu meno suo sua suoi sue si ci mi ti vi noi voi " +
            "loro lui lei io tu altro altra altri tutto tutta tutti tutte ogni qualcosa niente stesso dell all nell sull"),
        ["ro"] = Set("si sau dar daca de din la in pe cu pentru prin fara despre intre pana dupa inainte al ale ai a un o unui unei " +
            "niste este sunt era erau fost fi a au avea are poate pot trebuie acest aceasta acesti aceste acel acea care ce cine cand unde " +
            "de ce cum cat cata cati cate nu nici si deja foarte mai mult putin sau lui lor ei el ea eu tu noi voi se ma te ne va il le " +
            "alt alta alti toate tot toti fiecare ceva nimic"),
        ["pl"] = Set("i a o u w we z ze na do od po za przez dla bez pod nad przed przy miedzy o oraz lub albo ale czy jest sa byl byla " +
            "bylo byly byli byc bedzie beda ma maja mial moze moga musi ten ta to ci te tego tej tym tych ktory ktora ktore ktorzy co " +
            "kto kogo kiedy gdzie dlaczego jak ile nie tez juz bardzo wiecej mniej jego jej ich sie mi mnie my nas wy on ona ono oni one " +
            "inny inna inne wszystko wszyscy kazdy cos nic sam tak jako"),
        ["lt"] = Set("ir ar bet jei jeigu kad is i su be per prie po nuo iki apie tarp del uz pagal ant yra buvo bus buti esu esame " +
            "turi turejo gali galejo turetu sis si sie sios tas ta tie tos kuris kuri kurie kurios kas ko kam kada kur kodel kaip kiek " +
            "ne nei taip pat jau labai daugiau maziau jo jos ju save man mano mes mus jus jis ji jie jos kitas kita kiti visi visos " +
            "kiekvienas kazkas nieko pats tai"),
        ["sl"] = Set("in ali ampak ce da iz v na z s za do od po pri pred med o ob brez pod nad je so sem si smo ste bil bila bilo " +
            "bili biti bo bodo ima imajo lahko mora morajo ta to te ti tega tej tem teh ki kateri katera katero kaj kdo koga kdaj kje " +
            "zakaj kako koliko ne tudi ze zelo vec manj njegov njen njihov se mi jaz ti on ona ono oni one drug druga drugi vse vsi " +
            "vsak nekaj nic sam tako kot"),
        ["hu"] = Set("a az egy es vagy de ha hogy nem is meg mar mint csak mert pedig sem ez azt ezt ezek azok itt ott van vannak volt " +
            "voltak lesz lesznek lehet kell mi mit mik ki kik kit mikor hol hova honnan miert hogyan mennyi mennyit hany melyik milyen " +
            "ami amely aki amikor ahol nagyon tobb kevesebb o ok en te mi ti maga magat sajat minden mindenki valami semmi masik mas " +
            "szamara altal alatt felett kozott utan elott nelkul ra re ban ben ba be ban nak nek val vel rol tol hoz"),
    };

    private static readonly Dictionary<string, int> Masks = BuildMasks();

    // Which languages (bit i = Languages[i]) have this word as a function word.
    public static int LanguageMask(string folded) => Masks.GetValueOrDefault(folded);

    private static Dictionary<string, int> BuildMasks()
    {
        var masks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Languages.Count; i++)
            foreach (var word in Lists[Languages[i]]) masks[word] = masks.GetValueOrDefault(word) | (1 << i);
        return masks;
    }

    public static bool IsStopWord(string folded, string language) =>
        Lists.TryGetValue(language, out var list) && list.Contains(folded);

    public static bool IsAnyStopWord(string folded)
    {
        foreach (var list in Lists.Values) if (list.Contains(folded)) return true;
        return false;
    }

    public static int Count(IEnumerable<string> folded, string language)
    {
        if (!Lists.TryGetValue(language, out var list)) return 0;
        var count = 0;
        foreach (var word in folded) if (list.Contains(word)) count++;
        return count;
    }

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
