namespace StakeholderBot.Knowledge.Answering;

// One thing a question is about, with the ways a sentence may say it: each alternative is a list of stems that
// must all appear ("sme" or "small" + "medium" + "enterpris"). SearchTerms are the index forms for FTS5; Surface the
// word as written (folded), for spellings that differ across languages. IsName: a proper name, acronym or number,
// which the answer or what surrounds it must mention. IsFocus: the thing counted or picked ("how many *rounds*",
// "which *agency*"), which the answering sentence itself must name when the documents know the word; an English phrase
// ("which *public bodies*") marks each of its words, and the scorer takes the last one the documents use.
public sealed record Concept(
    string Word, IReadOnlyList<IReadOnlyList<string>> Alternatives, IReadOnlyList<string> SearchTerms, bool IsName, double Emphasis = 1.0, bool IsFocus = false)
{
    public string Surface { get; init; } = Word;

    // A name written right after another one, as one name with it ("the Harbour Academy", "Programme Austria").
    public bool JoinsPrevious { get; init; }
}

// Qualifiers: how the question qualifies the amount or count it asks for ("the *maximum* loan *per* firm"), or which
// contact it wants (phone, email, web); an answer must qualify it the same way. AsksMeasure: a sum of money named by what it is ("the budget"), which the answering
// sentence must name too. AsksManner: an open question opening with "how" and a verb asks by what means something is done;
// AsksReason: one opening with "why" (or "what holds ... back") asks for a cause; AsksChange: a yes/no question about a
// rise or fall ("has interest grown?") asks which way something went.
public sealed record AnalyzedQuestion(
    string Text, string Language, AnswerKind Kind, PeriodEdge Edge, IReadOnlyList<Concept> Concepts, bool IsFollowUp)
{
    public IReadOnlySet<Cue> Qualifiers { get; init; } = new HashSet<Cue>();

    public bool AsksMeasure { get; init; }

    public bool AsksManner { get; init; }

    public bool AsksReason { get; init; }

    public bool AsksChange { get; init; }

    public bool HasSubject => Concepts.Count > 0;
}
