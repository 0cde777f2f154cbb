using System.Globalization;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;

namespace StakeholderBot.Dialogs.Survey.Scores;

public sealed record ScoreResult(int? Score, ScoreBand? Band, IReadOnlyList<MatchedRecommendation> Recommendations);

// A recommendation, why it is made, and the answers that triggered it (e.g. the barriers it addresses).
public sealed record MatchedRecommendation(Recommendation Rule, IReadOnlyList<string> MatchedAnswers,
    RecommendationReason Reason = RecommendationReason.Answers);

public enum RecommendationReason { Answers, AskedFor, Band }

// Applies a definition's scoring rules and recommendations to a respondent's effective answers.
public static class SurveyScorer
{
    public static ScoreResult Score(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers)
    {
        var score = survey.Scoring is { } scoring ? Readiness(survey, scoring, answers) : null;
        var band = score is { } value ? survey.Scoring!.Bands.Last(b => b.From <= value) : null;
        return new ScoreResult(score, band, Recommend(survey, answers, band));
    }

    // What the respondent asked for first, in the order they saw it; then support matched to their answers,
    // most matches first; then support for their band. Support they already use is not offered again.
    private static List<MatchedRecommendation> Recommend(SurveyDefinition survey, IReadOnlyDictionary<string, string> answers, ScoreBand? band)
    {
        var rules = survey.RecommendRules;
        var askedFor = ChosenIn(rules.AskedFor, answers);
        var alreadyUsed = ChosenIn(rules.AlreadyUsed, answers);
        var asked = (rules.AskedFor is { } question ? survey.Question(question).ChoiceList : [])
            .Where(c => askedFor.Contains(c.Value))
            .Select(c => survey.Recommendations.First(r => r.Id == c.Value))
            .Select(r => new MatchedRecommendation(r, [], RecommendationReason.AskedFor));
        var matched = survey.Recommendations
            .Where(r => !askedFor.Contains(r.Id) && !alreadyUsed.Contains(r.Id))
            .Select(rule => Match(rule, answers, band))
            .OfType<MatchedRecommendation>()
            .Select((match, order) => (match, order))
            .OrderBy(m => m.match.Reason == RecommendationReason.Band)
            .ThenByDescending(m => m.match.MatchedAnswers.Count)
            .ThenBy(m => m.order)
            .Select(m => m.match);
        return asked.Concat(matched).Take(rules.Max).ToList();
    }

    private static HashSet<string> ChosenIn(string? question, IReadOnlyDictionary<string, string> answers) =>
        question is not null && answers.TryGetValue(question, out var answer) ? [.. Answers.Split(answer)] : [];

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
        var forBand = bandMatches ? new MatchedRecommendation(rule, [], RecommendationReason.Band) : null;
        if (rule.When is not { } when || !Visibility.Holds(when, answers)) return forBand;
        // The answers that made the condition hold: those it names, or all of them for "answered".
        var matched = answers.TryGetValue(when.Question, out var answer)
            ? Answers.Split(answer).Where(value => when.In?.Contains(value) ?? true).ToList()
            : [];
        return new MatchedRecommendation(rule, matched);
    }
}
