using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// What a passage's text gives whatever the question: its sentences' stems and folded text, which sentences point
// back, and (worked out on first need) which kinds of answer each sentence holds. Cached per index version.
public sealed class PassageAnalysis
{
    private readonly PassageHit passage;
    private readonly double[]?[] strengths = new double[Enum.GetValues<AnswerKind>().Length][];
    private bool[]? periods;

    public PassageAnalysis(PassageHit passage)
    {
        this.passage = passage;
        Units = passage.Units.Select(u => new TermSet(Terms.ForMatch(u.FullText, passage.Language))).ToArray();
        Folded = passage.Units.Select(u => AnswerTypes.Fold(u.FullText)).ToArray();
        RefersBack = passage.Units.Select(u => Cues.RefersBack(u.Text)).ToArray();
        Heading = new TermSet(Terms.ForMatch(passage.Heading, passage.Language));
        Topic = new TermSet(Terms.ForMatch(passage.Topic, passage.Language));
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
            known = passage.Units.Select((u, i) => AnswerTypes.Strength(kind, u.FullText, Folded[i])).ToArray();
            strengths[(int)kind] = known;
        }
        return known[unit];
    }

    public bool IsPeriod(int unit) => (periods ??= Folded.Select(AnswerTypes.IsPeriod).ToArray())[unit];
}

// A document's title and context stems, shared by its passages.
public sealed record DocumentAnalysis(TermSet Title, TermSet Context);

// Analyses kept in memory for the current index version, the most recently used ones first: a passage's
// analysis is about 6 KB, so 2 x 2,500 of them hold about 30 MB however large the corpus is.
public sealed class AnalysisCache(IndexReader reader)
{
    private const int GenerationSize = 2_500;
    private readonly GenerationalCache<long, PassageAnalysis> passages = new(GenerationSize);
    private readonly GenerationalCache<long, DocumentAnalysis> documents = new(GenerationSize);
    private long version = -1;

    public PassageAnalysis Of(PassageHit passage)
    {
        Check();
        return passages.GetOrAdd(passage.Id, _ => new PassageAnalysis(passage));
    }

    public DocumentAnalysis DocumentOf(PassageHit passage)
    {
        Check();
        return documents.GetOrAdd(passage.DocumentId, _ => new DocumentAnalysis(
            new TermSet(Terms.ForMatch(passage.Title, passage.Language)), new TermSet(Terms.ForMatch(passage.DocumentContext, passage.Language))));
    }

    private void Check()
    {
        var current = reader.Version;
        if (Interlocked.Exchange(ref version, current) == current) return;
        passages.Clear();
        documents.Clear();
    }
}
