using StakeholderBot.Dialogs.Survey.Scores;

namespace StakeholderBot.Dialogs.Survey.Filling;

// Where one respondent is in one survey, kept in the conversation state (one per user and conversation).
// Answers hold only validated, canonical values. Once submitted, the answers are dropped from the state
// (they live in the response table) and only what the result card needs is kept.
// Card numbers the card in use: typing `survey` again posts a new card and retires the older ones.
// Origin: the group chat or channel whose invitation the response was started from, when it was moved to the
// respondent's personal chat (Continue on the nudge); its invitation still counts the response as finished.
public sealed record SurveyProgress(
    string SurveyId,
    string ResponseId,
    int Page,
    Dictionary<string, string> Answers,
    SubmittedResult? Result = null,
    string? LastActivityId = null,
    int Card = 0,
    string? Origin = null)
{
    public bool Submitted => Result is not null;

    public static SurveyProgress Begin(string surveyId) =>
        new(surveyId, Guid.NewGuid().ToString("N"), 0, new Dictionary<string, string>(StringComparer.Ordinal));
}

public sealed record SubmittedResult(
    DateTimeOffset SubmittedAt,
    int? Score,
    string? Band,
    IReadOnlyList<MatchedRule> Recommendations);

public sealed record MatchedRule(string Id, IReadOnlyList<string> MatchedAnswers, RecommendationReason Reason = RecommendationReason.Answers);
