namespace StakeholderBot.Storage.Feedback;

// A source an answer cited, as the user saw it.
public sealed record FeedbackSource(int Position, string Title, string DocumentPath);

// Thumbs up or down on an answer, with the question, the answer and its sources, so project managers can review
// bad answers. No name: the conversation id is enough to follow up inside Teams; Respondent (the giver's pseudonym,
// as on survey responses) lets them see and erase their own feedback.
public sealed record AnswerFeedback(
    string ConversationId,
    string Reaction,
    string? Comment,
    string Question,
    string Answer,
    IReadOnlyList<FeedbackSource> Sources,
    bool AiGenerated,
    string Language,
    string? ReplyToId,
    DateTimeOffset At,
    string? Respondent = null);
