using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Dialogs.Survey.Scores;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Demo;

// Example responses to the default survey for trying `survey results` on a fresh install (Demo:ExampleData):
// a few SMEs in partner regions, scored and stored as a real submission would be.
internal static class ExampleResponses
{
    private static readonly (string Region, string Level, string Barriers, string Used, string Wanted, int Readiness)[] Respondents =
    [
        ("nl", "regular", "partners,languages", "fairs_delegations", "matchmaking", 4),
        ("nl", "planning", "information,financing", "", "market_research,voucher_certification", 2),
        ("hu", "occasional", "information,paperwork", "training", "legal_translation", 3),
        ("hu", "none", "information,cultural,languages", "", "training", 1),
        ("it", "established", "partners,logistics", "trade_missions", "matchmaking", 5),
        ("it", "regular", "financing", "fairs_delegations", "voucher_certification", 3),
        ("si", "occasional", "digitalisation,partners", "", "training,matchmaking", 3),
        ("es", "planning", "information,paperwork", "market_research", "legal_translation", 2),
    ];

    public static IEnumerable<SurveyResponse> For(SurveyDefinition survey)
    {
        for (var i = 0; i < Respondents.Length; i++)
        {
            var (region, level, barriers, used, wanted, readiness) = Respondents[i];
            var exporting = level is "occasional" or "regular" or "established";
            var answers = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["region"] = region, ["employees"] = $"{12 + i * 17}", ["intl_level"] = level, ["plan_market"] = i % 3 == 0 ? "no" : "yes",
                ["barriers"] = barriers, ["support_used"] = used, ["support_wanted"] = wanted, ["consent"] = "yes",
                ["ready_strategy"] = $"{readiness}", ["ready_product"] = $"{Math.Min(5, readiness + 1)}", ["ready_languages"] = $"{readiness}",
                ["ready_finance"] = $"{Math.Max(1, readiness - 1)}", ["ready_digital"] = $"{readiness}",
            };
            if (exporting) (answers["export_share"], answers["export_markets"]) = ($"{10 + i * 5}", $"{1 + i}");
            if (used.Length > 0) answers["support_useful"] = "4";
            var effective = Visibility.Effective(survey, answers.Where(a => a.Value.Length > 0).ToDictionary());
            var score = SurveyScorer.Score(survey, effective);
            yield return new SurveyResponse(survey.Id, region, $"de{i:D30}", survey.Version, $"example-{i + 1}", "en",
                new DateTimeOffset(2021, 3 + i, 10, 9, 0, 0, TimeSpan.Zero), score.Score, score.Band?.Id, ResponseValues.Typed(survey, effective));
        }
    }
}
