using System.Globalization;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;

namespace StakeholderBot.Dialogs.Survey.Scores;

public sealed record ScoreResult(int? Score, ScoreBand? Band, IReadOnlyList<MatchedRecommendation> Recommendations);

// A recommendation and the answers that triggered it (e.g. the barriers it addresses).
public sealed record MatchedRecommendation(Recommendation Rule, IReadOnlyList<string> MatchedAnswers);

// Applies a definition's scoring rules and recommendations to a respondent's effective answers.
public static class SurveyScorer
{
    public static ScoreResult Score(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers)
    {
        var score = survey.Scoring is { } scoring ? Readiness(survey, scoring, answers) : null;
        var band = score is { } value ? survey.Scoring!.Bands.Last(b => b.From <= value) : null;
        var recommendations = survey.Recommendations
            .Select(rule => Match(rule, answers, band))
            .OfType<MatchedRecommendation>()
            .Select((match, order) => (match, order))
            .OrderByDescending(m => m.match.MatchedAnswers.Count)
            .ThenBy(m => m.order)
            .Select(m => m.match)
            .ToList();
        return new ScoreResult(score, band, recommendations);
    }

    // Weighted mean of the answered items on 0..1, as 0..100. Unanswered items (hidden or optional) do not count.
    private static int? Readiness(SurveyDefinition survey, Scoring scoring, IReadOnlyDictionary<string, string> answers)
    {
        decimal total = 0, weights = 0;
        foreach (var item in scoring.Items)
        {
            if (!answers.TryGetValue(item.Question, out var answer)) continue;
            var share = Share(survey.Question(item.Question), item, answer);
            if (share is null) continue;
            total += item.Weight * share.Value;
            weights += item.Weight;
        }
        return weights == 0 ? null : (int)Math.Round(100 * total / weights, MidpointRounding.AwayFromZero);
    }

    private static decimal? Share(SurveyQuestion question, ScoreItem item, string answer)
    {
        if (question.Kind == QuestionKind.Scale)
        {
            return int.TryParse(answer, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? (decimal)(value - SurveyQuestion.ScaleMin) / (SurveyQuestion.ScaleMax - SurveyQuestion.ScaleMin)
                : null;
        }
        // An answer the rule gives no points to counts as 0 of the question's best.
        var points = item.Points!;
        return points.GetValueOrDefault(answer) / points.Values.Max();
    }

    private static MatchedRecommendation? Match(Recommendation rule, IReadOnlyDictionary<string, string> answers, ScoreBand? band)
    {
        var bandMatches = rule.Bands is { } bands && band is not null && bands.Contains(band.Id);
        if (rule.When is not { } when) return bandMatches ? new MatchedRecommendation(rule, []) : null;
        if (!Visibility.Holds(when, answers)) return bandMatches ? new MatchedRecommendation(rule, []) : null;
        var matched = when.In is { } values && answers.TryGetValue(when.Question, out var answer)
            ? Answers.Split(answer).Where(values.Contains).ToList()
            : [];
        return new MatchedRecommendation(rule, matched);
    }
}
