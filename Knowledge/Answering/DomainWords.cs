using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// The words every question about these projects uses, in the partner languages (folded, with their common
// inflections), read as the English word too: a stakeholder asks in Polish about a project whose documents are
// in English, and "projekt" must not count as a word the documents have never heard of.
public static class DomainWords
{
    private static readonly Dictionary<string, string> English = Build(
        ("project", "projecten projekt projekts projektes projektu projektem projekty projekcie projektow projektas projekto projektai " +
            "projekte projekta projektom proyecto proyectos progetto progetti projeto projetos proiect proiectul proiectului proiecte projektje projektben projektnek"),
        ("partner", "partners partnerek partnere partnerzy partnerow partnerji partnerjev partneriai partneriu socio socios parceiro parceiros " +
            "partenari partenerii partener parteneri partenerilor partnerit partnera partnerem"),
        ("programme", "programma programmas programm programms programme programa programas programmi programul programului program programu " +
            "programie programos programot programja"),
        ("budget", "begroting budzet budzetu biudzetas biudzeto proracun proracuna presupuesto presupuestos orcamento bilancio buget bugetul koltsegvetes koltsegvetese"),
        ("meeting", "vergadering vergaderingen bijeenkomst bijeenkomsten treffen sitzung sitzungen reunion reuniones reuniao reunioes riunione riunioni incontro " +
            "reuniune reuniunea spotkanie spotkania posiedzenie susitikimas susitikimai sestanek sestanki srecanje srecanja talalkozo ules"),
        ("region", "regio regios regionen region regiones regione regioni regiao regioes regiune regiunea regiuni regionu regiony regionas regionai regija regije regiok regioban"),
        ("company", "bedrijf bedrijven onderneming ondernemingen unternehmen firma firmen empresa empresas impresa imprese azienda aziende companie companii " +
            "przedsiebiorstwo przedsiebiorstwa firmy imone imones podjetje podjetja vallalat vallalatok vallalkozas vallalkozasok ceg cegek"),
        ("sme", "mkb kmu kmus pyme pymes pmi pme pmes imm msp  kkv kkvk"),
        ("voucher", "vouchers gutschein gutscheine bono bonos buono buoni bonul bonuri bonu bony cekis cekiai bona utalvany utalvanyok"),
        ("plan", "plannen plane plano planos piano piani planul planuri planu plany planas planai nacrt nacrta terv tervek"),
        ("action", "actie acties aktion aktionen massnahme massnahmen accion acciones azione azioni acao acoes actiune actiuni dzialanie dzialania " +
            "veiksmas veiksmai ukrep ukrepi intezkedes intezkedesek"),
        ("policy", "beleid politik politica politicas politiche politicii polityka polityki politika politikos politike szakpolitika"),
        ("instrument", "instrumenten instrumente instrumento instrumentos strumento strumenti instrumentul instrumentu instrumenty instrumentas instrumentai instrumenta eszkoz eszkozok"),
        ("export", "exporteren exporteur exportieren ausfuhr exportar exportacion exportaciones esportare esportazione exportacao exporta exportul eksport eksportu " +
            "eksportas eksporto izvoz izvoza kivitel exportalas"));

    // Adds the English reading of each concept that is one of these words; the question's own word stays an alternative.
    public static void Translate(List<Concept> concepts, string language)
    {
        // "the UpGradeSME project": with the project named, the word says nothing more, and matching it in any
        // heading ("Why the project exists") would pass for evidence about something else.
        if (concepts.Any(c => c.IsName && !English.ContainsKey(c.Word)))
            concepts.RemoveAll(c => English.TryGetValue(c.Word, out var english) && english == "project");
        if (language == "en") return;
        for (var i = 0; i < concepts.Count; i++)
        {
            var concept = concepts[i];
            if (!English.TryGetValue(concept.Word, out var english)) continue;
            var stem = Stemmer.Stem(english, "en");
            var known = concept.Alternatives.Any(a => a.Count == 1 && a[0] == stem);
            // A word of this list is a common noun even when capitalised ("Projekt" in German), never a name.
            // English first: its frequency in the documents decides the concept's weight.
            concepts[i] = concept with
            {
                IsName = false,
                Alternatives = known ? concept.Alternatives : [[stem], .. concept.Alternatives],
                SearchTerms = known ? concept.SearchTerms : [english, .. concept.SearchTerms],
            };
        }
    }

    private static Dictionary<string, string> Build(params (string English, string Words)[] entries)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (english, words) in entries)
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Prepend(english)) map.TryAdd(word, english);
        return map;
    }
}
