namespace StakeholderBot.Knowledge;

// A question as the flow passes it: the activity's language as a hint, the previous question's subject and sources
// so a follow-up ("and when did it end?") is read with them, and who asks (only documents for them are read).
public sealed record Question(string Text, string? Language, string? PreviousSubject = null, IReadOnlyList<string>? PreviousDocuments = null,
    Audience Reader = Audience.Stakeholders);

// A piece of the answer and the citation positions ([n]) that support it.
public sealed record AnswerSegment(string Text, IReadOnlyList<int> Citations);

// Subject is what a follow-up should be read with; Language the question's language, SourceLanguage the language of
// the quoted documents (they differ for a question asked in Polish over English documents). No segments: not found.
public sealed record Answer(IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations, bool AiGenerated, string Subject, string Language)
{
    public string SourceLanguage { get; init; } = Language;

    public bool Found => Segments.Count > 0;

    public IReadOnlyList<string> Documents => Citations.Select(c => c.DocumentPath).ToList();

    public static Answer NotFound(string subject, string language) => new([], [], false, subject, language);
}
