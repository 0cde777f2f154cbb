namespace StakeholderBot.Knowledge.Answering;

// One thing a question is about, with the ways a sentence may say it: each alternative is a list of stems that
// must all appear ("sme" or "small" + "medium" + "enterpris"). SearchTerms are the index forms for FTS5.
public sealed record Concept(string Word, IReadOnlyList<IReadOnlyList<string>> Alternatives, IReadOnlyList<string> SearchTerms, bool IsName, double Emphasis = 1.0);

public sealed record AnalyzedQuestion(
    string Text, string Language, AnswerKind Kind, PeriodEdge Edge, IReadOnlyList<Concept> Concepts, bool IsFollowUp)
{
    public bool HasSubject => Concepts.Count > 0;
}
