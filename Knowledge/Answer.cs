namespace StakeholderBot.Knowledge;

// A question as the flow passes it: the activity's language as a hint, the previous question's subject and sources
// so a follow-up ("and who runs it?") is read with them, and who asks (only documents for them are read).
// Asker: who asks (an opaque key per person, their respondent code), for the per-user limit on questions the model answers.
public sealed record Question(string Text, string? Language, string? PreviousSubject = null, IReadOnlyList<string>? PreviousDocuments = null,
    Audience Reader = Audience.Stakeholders)
{
    public string? Asker { get; init; }
}

// A piece of the answer and the citation positions ([n]) that support it.
public sealed record AnswerSegment(string Text, IReadOnlyList<int> Citations);

// Subject is what a follow-up should be read with; Language the question's language, SourceLanguage the language of
// the quoted documents (they differ for a question asked in Polish over English documents). No segments: not found.
// RetryAfter: not answered because the asker used up their questions to the model for now; they may ask again after it.
public sealed record Answer(IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations, bool AiGenerated, string Subject, string Language)
{
    public string SourceLanguage { get; init; } = Language;

    public TimeSpan? RetryAfter { get; init; }

    // Given by the answer cache (the same question, language and reader since the index last changed).
    public bool FromCache { get; init; }

    public bool Found => Segments.Count > 0;

    public IReadOnlyList<string> Documents => Citations.Select(c => c.DocumentPath).ToList();

    public static Answer NotFound(string subject, string language) => new([], [], false, subject, language);
}

// An answer on its way: what the model has written so far (a draft, growing, without citation markers), then the answer.
public abstract record AnswerProgress
{
    public sealed record Draft(string Text) : AnswerProgress;

    public sealed record Done(Answer Answer) : AnswerProgress;
}
