namespace StakeholderBot.Knowledge.Answering;

// One thing a question is about, with the ways a sentence may say it: each alternative is a list of stems that
// must all appear ("sme" or "small" + "medium" + "enterpris"). SearchTerms are the index forms for FTS5.
// IsName: a proper name, acronym or number, which the answer's surroundings must mention. IsFocus: the thing
// counted or picked ("how many *rounds*", "which *agency*"), which the answering sentence itself should name.
public sealed record Concept(string Word, IReadOnlyList<IReadOnlyList<string>> Alternatives, IReadOnlyList<string> SearchTerms, bool IsName, double Emphasis = 1.0, bool IsFocus = false);

public sealed record AnalyzedQuestion(
    string Text, string Language, AnswerKind Kind, PeriodEdge Edge, IReadOnlyList<Concept> Concepts, bool IsFollowUp)
{
    public bool HasSubject => Concepts.Count > 0;
}
