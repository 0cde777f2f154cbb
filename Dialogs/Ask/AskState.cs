namespace StakeholderBot.Dialogs.Ask;

// What the ask flow remembers per conversation: the subject a follow-up is read with, the documents it cited,
// and the last answers, so feedback buttons pressed later can be tied to the answer they judge.
public sealed record AskState(string? Subject, IReadOnlyList<string> Documents, IReadOnlyList<RecentAnswer> Recent)
{
    public const int MaxRecent = 5;

    public static readonly AskState Empty = new(null, [], []);

    public AskState With(RecentAnswer answer, string subject, IReadOnlyList<string> documents) =>
        new(subject, documents, [.. Recent.TakeLast(MaxRecent - 1), answer]);
}

public sealed record RecentAnswer(
    string QuestionActivityId, string Question, string Answer, IReadOnlyList<CitedSource> Sources, bool AiGenerated, string Language, DateTimeOffset At);

public sealed record CitedSource(int Position, string Title, string DocumentPath);
