using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// What a passage's text gives whatever the question: each unit's stems and words, its tokens and folded text, the
// names it mentions, and (worked out on first need) which kinds of answer each unit holds. Cached per index version.
public sealed class PassageAnalysis
{
    private readonly double[]?[] strengths = new double[Enum.GetValues<AnswerKind>().Length][];
    private readonly string language;
    private readonly string[] texts;
    private readonly bool[] lists;
    private readonly bool[] namesOnly;
    private bool[]? periods;
    private string[]? folded;

    public PassageAnalysis(PassageHit passage)
    {
        language = passage.Language;
        texts = passage.Units.Select(u => u.FullText).ToArray();
        // Each unit is scanned once; its terms and names are read from the same tokens.
        Tokens = texts.Select(Tokenizer.Scan).ToArray();
        Words = texts.Select(FoldedWords.Texts).ToArray();
        Units = texts.Select((t, i) => new TermSet(Terms.ForMatch(t, Tokens[i], language), Words[i])).ToArray();
        Names = texts.Select((t, i) => NamesIn(t, Tokens[i])).ToArray();
        LeadNames = texts.Select((t, i) => NamesIn(t, Tokens[i], LeadWords)).ToArray();
        RefersBack = Words.Select(PointsBack).ToArray();
        Sections = SectionsOf(passage.Units);
        lists = passage.Units.Select(u => u.IsList).ToArray();
        namesOnly = passage.Units.Select(u => u.IsList && u.Items.All(IsName)).ToArray();
        Heading = Context(passage.Heading, language);
        HeadingNames = NamesIn(passage.Heading, Tokenizer.Scan(passage.Heading));
        Topic = Context(passage.Topic, language);
    }

    // Headings, titles and the text around a sentence say what it is about, not what it lists: a section headed
    // "Hungary and Croatia" does not make each of its sentences an answer to "which countries ...?".
    // The same headings ("Budget", "Partners") and block openings stand over many passages: each is read once.
    public static TermSet Context(string text, string language) => Contexts.GetOrAdd((text, language), static key =>
    {
        var terms = Terms.ForMatch(key.Text, key.Language);
        terms.RemoveAll(t => t == Countries.Marker);
        return new TermSet(terms, FoldedWords.Texts(key.Text));
    });

    private static readonly GenerationalCache<(string Text, string Language), TermSet> Contexts = new(5_000);

    public TermSet[] Units { get; }
    public IReadOnlyList<Token>[] Tokens { get; }
    public string[][] Words { get; }
    // Worked out on first need (kinds of answer, contacts): most units a question reads are never asked this.
    public string[] Folded => folded ??= texts.Select(t => TextFolding.Fold(t)).ToArray();
    // The names each unit mentions (folded): capitalised words inside a sentence, acronyms, mixed-case names.
    public string[][] Names { get; }
    // The names among a unit's first words, where its subject stands ("The Lombardy ROP has a budget of ...").
    public string[][] LeadNames { get; }
    // "This priority axis ...", "83 of them": the unit is about what the one before it named.
    public bool[] RefersBack { get; }
    // The units each unit shares its section with: from after the list before it to the list that closes it (a list of
    // partners ends a programme's description in a document without headings).
    public (int First, int Last)[] Sections { get; }
    public TermSet Heading { get; }
    public string[] HeadingNames { get; }
    public TermSet Topic { get; }

    // Races only compute the same array twice.
    public double Strength(AnswerKind kind, int unit)
    {
        var known = strengths[(int)kind];
        if (known is null)
        {
            known = Tokens.Select((tokens, i) => AnswerTypes.Strength(kind, tokens, texts[i], Folded[i], language)).ToArray();
            strengths[(int)kind] = known;
        }
        return known[unit];
    }

    public bool IsListAt(int unit) => lists[unit];

    // A unit made mostly of names (a line of partners) names things; it does not say anything about them.
    // So is a list whose items are names ("Which partners are working on this? Rzeszow Regional Development Agency; ..."),
    // however long its caption.
    public bool IsNaming(int unit) => namesOnly[unit] || Names[unit].Length * 2 >= Words[unit].Length && Words[unit].Length > 0;

    // Every word of the item written as a name, but for the small words between ("Association of the Carpathian
    // Euroregion").
    private static bool IsName(string item) => Tokenizer.Scan(item).All(t =>
        t.Kind is TokenKind.Proper or TokenKind.Number || t.Kind != TokenKind.Word || StopWords.IsAnyStopWord(t.Text)
        || item.Length > t.Start && char.IsUpper(item[t.Start]));

    public bool IsPeriod(int unit) => (periods ??= Folded.Select(AnswerTypes.IsPeriod).ToArray())[unit];

    private bool PointsBack(string[] words) =>
        QuestionWords.Find(words, [language, "en"]).Exists(c => c.Cue == Cue.PointsBack && (c.Start < 2 || c.Length > 1));

    private static (int First, int Last)[] SectionsOf(IReadOnlyList<Documents.Unit> units)
    {
        var sections = new (int, int)[units.Count];
        var first = 0;
        for (var u = 0; u < units.Count; u++)
        {
            if (!units[u].IsList && u + 1 < units.Count) continue;
            for (var k = first; k <= u; k++) sections[k] = (first, u);
            first = u + 1;
        }
        return sections;
    }

    private const int LeadWords = 5;

    private static string[] NamesIn(string text, IReadOnlyList<Token> tokens, int words = int.MaxValue)
    {
        var names = new List<string>();
        var sentenceStart = true;
        for (var t = 0; t < tokens.Count && t < words; t++)
        {
            var token = tokens[t];
            var raw = text.AsSpan(token.Start, token.End - token.Start);
            var opensSentence = sentenceStart;
            sentenceStart = token.End < text.Length && text[token.End] is '.' or ':' or ';' or '?' or '!';
            var isName = token.Kind == TokenKind.Proper || token.Kind == TokenKind.Word && raw.Length > 1 && char.IsUpper(raw[0]) && !opensSentence
                && !StopWords.IsAnyStopWord(token.Text) && !AnswerTypes.IsMonth(token.Text);
            if (isName && !names.Contains(token.Text)) names.Add(token.Text);
        }
        return names.ToArray();
    }
}

// A document's title and context stems, shared by its passages, and the names its title gives.
public sealed record DocumentAnalysis(TermSet Title, TermSet Context);

// Analyses kept in memory for the current index version, the most recently used ones first: a passage's
// analysis is about 8 KB, so 2 x 2,500 of them hold about 40 MB. When the index has more passages than that, most
// passages a question reads are read once in a long while, and caching those only churns (long-lived objects dropped
// all the time make the GC's full collections the largest cost); but the passages about what many questions name
// come up again and again. So an analysis is kept from the second time its passage is read within the last several
// thousand passages read (remembered by id in a fixed table: nothing allocated per question); one read once goes
// young.
public sealed class AnalysisCache(IndexReader reader)
{
    private const int GenerationSize = 2_500;
    private const int RecentBits = 14;
    private readonly GenerationalCache<long, PassageAnalysis> passages = new(GenerationSize);
    private readonly GenerationalCache<long, DocumentAnalysis> documents = new(GenerationSize);
    private readonly long[] recent = new long[1 << RecentBits];
    private long version = -1;
    private bool caching = true;

    public PassageAnalysis Of(PassageHit passage)
    {
        Check();
        if (passages.TryGet(passage.Id, out var known)) return known;
        var analysis = new PassageAnalysis(passage);
        if (caching || ReadBefore(passage.Id)) passages.Add(passage.Id, analysis);
        return analysis;
    }

    public DocumentAnalysis DocumentOf(PassageHit passage)
    {
        Check();
        return documents.GetOrAdd(passage.DocumentId, _ => new DocumentAnalysis(
            PassageAnalysis.Context(passage.Title, passage.Language), PassageAnalysis.Context(passage.DocumentContext, passage.Language)));
    }

    // Whether this passage was read lately: each id has one slot (by its hash), which a later id may take over.
    private bool ReadBefore(long id)
    {
        ref var slot = ref recent[(int)(unchecked((ulong)id * 0x9E3779B97F4A7C15UL) >> (64 - RecentBits))];
        return Interlocked.Exchange(ref slot, id + 1) == id + 1;
    }

    private void Check()
    {
        var current = reader.Version;
        if (Interlocked.Exchange(ref version, current) == current) return;
        passages.Clear();
        documents.Clear();
        Array.Clear(recent);
        caching = reader.PassageCount() <= 2 * GenerationSize;
    }
}
