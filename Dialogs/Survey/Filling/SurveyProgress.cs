using StakeholderBot.Dialogs.Survey.Scores;

namespace StakeholderBot.Dialogs.Survey.Filling;

// Where one respondent is in one survey, kept in the conversation state (one per user and conversation).
// Answers hold only validated, canonical values. Once submitted, the answers are dropped from the state
// (they live in the response table) and only what the result card needs is kept.
// Card numbers the card in use: typing `survey` again posts a new card and retires the older ones.
public sealed record SurveyProgress(
    string SurveyId,
    string ResponseId,
    int Page,
    Dictionary<string, string> Answers,
    SubmittedResult? Result = null,
    string? LastActivityId = null,
    int Card = 0)
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
