using System.Text.Json;
using System.Text.Json.Nodes;

namespace StakeholderBot.Dialogs.Survey.Definitions;

internal static class ScoringReader
{
    public static Scoring? ReadScoring(JsonFields scoring, IReadOnlyList<string> locales, List<string> errors)
    {
        var title = scoring.Text("title", locales, required: true);
        var items = new List<ScoreItem>();
        foreach (var raw in scoring.Array("items", required: true) ?? [])
        {
            if (raw is not JsonObject node) { scoring.Error("each item must be an object"); continue; }
            var item = new JsonFields(node, $"{scoring.Where}: item '{node["question"]}'", errors);
            var question = item.String("question", required: true);
            var weight = item.Number("weight") ?? 1m;
            if (weight <= 0) item.Error("'weight' must be more than 0");
            var points = item.Object("points") is { } pointsNode ? ReadPoints(item, pointsNode) : null;
            item.RejectUnknown();
            if (question is not null) items.Add(new ScoreItem(question, weight, points));
        }
        if (items.Count == 0) scoring.Error("'items' must list at least one scored question");

        var bands = new List<ScoreBand>();
        foreach (var raw in scoring.Array("bands", required: true) ?? [])
        {
            if (raw is not JsonObject node) { scoring.Error("each band must be an object"); continue; }
            var band = new JsonFields(node, $"{scoring.Where}: band '{node["id"]}'", errors);
            var id = band.String("id", required: true);
            var from = band.Int("from", required: true);
            if (from > 100) band.Error("'from' must be between 0 and 100");
            var label = band.Text("label", locales, required: true);
            var explanation = band.Text("explanation", locales, required: true);
            band.RejectUnknown();
            if (id is not null && from is not null && label is not null && explanation is not null)
                bands.Add(new ScoreBand(id, from.Value, label, explanation));
        }
        scoring.RejectUnknown();
        return title is null ? null : new Scoring(title, items, bands);
    }

    public static IReadOnlyList<Recommendation> ReadRecommendations(JsonArray nodes, string file,
        IReadOnlyList<string> locales, List<string> errors)
    {
        var recommendations = new List<Recommendation>();
        foreach (var raw in nodes)
        {
            if (raw is not JsonObject node) { errors.Add($"{file}: each recommendation must be an object"); continue; }
            var rule = new JsonFields(node, $"{file}: recommendation '{node["id"]}'", errors);
            var id = rule.String("id", required: true);
            var title = rule.Text("title", locales, required: true);
            var text = rule.Text("text", locales, required: true);
            var when = rule.Object("when") is { } condition
                ? QuestionReader.ReadCondition(new JsonFields(condition, $"{rule.Where}: when", errors))
                : null;
            var bands = rule.Strings("bands");
            if (!rule.Has("when") && bands is null) rule.Error("give 'when' (a condition on the answers), 'bands', or both");
            rule.RejectUnknown();
            if (id is not null && title is not null && text is not null)
                recommendations.Add(new Recommendation(id, title, text, when, bands));
        }
        return recommendations;
    }

    public static RecommendationRules ReadRules(JsonFields rules)
    {
        var askedFor = rules.String("askedFor");
        var alreadyUsed = rules.String("alreadyUsed");
        var max = rules.Int("max") ?? RecommendationRules.DefaultMax;
        if (max < 1) rules.Error("'max' must be at least 1");
        rules.RejectUnknown();
        return new RecommendationRules(askedFor, alreadyUsed, max);
    }

    private static Dictionary<string, decimal> ReadPoints(JsonFields item, JsonObject node)
    {
        var points = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (answer, value) in node)
        {
            if (value?.GetValueKind() == JsonValueKind.Number && value.GetValue<decimal>() is >= 0 and var p) points[answer] = p;
            else item.Error($"points for '{answer}' must be a number of at least 0");
        }
        if (points.Count > 0 && points.Values.Max() == 0) item.Error("'points' must give more than 0 to some answer");
        return points;
    }
}
