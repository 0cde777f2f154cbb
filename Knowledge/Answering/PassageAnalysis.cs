using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// What a passage's text gives whatever the question: its sentences' stems and folded text, which sentences point
// back, and (worked out on first need) which kinds of answer each sentence holds. Cached per index version.
public sealed class PassageAnalysis
{
    private readonly PassageHit passage;
    private readonly double[]?[] strengths = new double[Enum.GetValues<AnswerKind>().Length][];
    private readonly string[] fullTexts;
    private bool[]? periods;

    public PassageAnalysis(PassageHit passage)
    {
        this.passage = passage;
        // A list's full text is joined from its items on every read: done once here.
        fullTexts = passage.Units.Select(u => u.FullText).ToArray();
        Units = fullTexts.Select(t => new TermSet(Terms.ForMatch(t, passage.Language))).ToArray();
        Folded = fullTexts.Select(AnswerTypes.Fold).ToArray();
        RefersBack = passage.Units.Select((u, i) => u.IsList ? Cues.RefersBack(u.Text) : Cues.RefersBack(u.Text, Folded[i])).ToArray();
        Heading = Context(passage.Heading, passage.Language);
        Topic = Context(passage.Topic, passage.Language);
    }

    // Headings, titles and the text around a sentence say what it is about, not what it lists: a section headed
    // "Hungary and Croatia" does not make each of its sentences an answer to "which countries ...?".
    public static TermSet Context(string text, string language)
    {
        var terms = Terms.ForMatch(text, language);
        terms.RemoveAll(t => t == Countries.Marker);
        return new TermSet(terms);
    }

    public TermSet[] Units { get; }
    public string[] Folded { get; }
    public bool[] RefersBack { get; }
    public TermSet Heading { get; }
    public TermSet Topic { get; }

    // Races only compute the same array twice.
    public double Strength(AnswerKind kind, int unit)
    {
        var known = strengths[(int)kind];
        if (known is null)
        {
            known = fullTexts.Select((text, i) => AnswerTypes.Strength(kind, text, Folded[i])).ToArray();
            strengths[(int)kind] = known;
        }
        return known[unit];
    }

    public bool IsPeriod(int unit) => (periods ??= Folded.Select(AnswerTypes.IsPeriod).ToArray())[unit];
}

// A document's title and context stems, shared by its passages.
public sealed record DocumentAnalysis(TermSet Title, TermSet Context);

// Analyses kept in memory for the current index version, the most recently used ones first: a passage's
// analysis is about 6 KB, so 2 x 2,500 of them hold about 30 MB. When the index has more passages than that,
// questions keep needing other ones and a cache only churns (long-lived objects dropped all the time make the
// GC's full collections the largest cost): each question then analyses what it reads and lets it go young.
public sealed class AnalysisCache(IndexReader reader)
{
    private const int GenerationSize = 2_500;
    private readonly GenerationalCache<long, PassageAnalysis> passages = new(GenerationSize);
    private readonly GenerationalCache<long, DocumentAnalysis> documents = new(GenerationSize);
    private long version = -1;
    private bool caching = true;

    public PassageAnalysis Of(PassageHit passage)
    {
        Check();
        return caching ? passages.GetOrAdd(passage.Id, _ => new PassageAnalysis(passage)) : new PassageAnalysis(passage);
    }

    public DocumentAnalysis DocumentOf(PassageHit passage)
    {
        Check();
        return documents.GetOrAdd(passage.DocumentId, _ => new DocumentAnalysis(
            PassageAnalysis.Context(passage.Title, passage.Language), PassageAnalysis.Context(passage.DocumentContext, passage.Language)));
    }

    private void Check()
    {
        var current = reader.Version;
        if (Interlocked.Exchange(ref version, current) == current) return;
        passages.Clear();
        documents.Clear();
        caching = reader.PassageCount() <= 2 * GenerationSize;
    }
}
