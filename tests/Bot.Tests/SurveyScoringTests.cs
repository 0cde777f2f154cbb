using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Dialogs.Survey.Scores;
using Xunit;

namespace StakeholderBot.Bot.Tests;

public sealed class SurveyScoringTests
{
    private static readonly SurveyDefinition Survey = SurveyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "surveys"), "sme-readiness").Default;

    private static Dictionary<string, string> Answers(string level, string plan, int readiness, string barriers = "") => new()
    {
        ["intl_level"] = level,
        ["plan_market"] = plan,
        ["ready_strategy"] = $"{readiness}",
        ["ready_product"] = $"{readiness}",
        ["ready_languages"] = $"{readiness}",
        ["ready_finance"] = $"{readiness}",
        ["ready_digital"] = $"{readiness}",
        ["barriers"] = barriers,
    };

    [Theory]
    [InlineData("none", "no", 1, 0, "early")]
    [InlineData("established", "yes", 5, 100, "ready")]
    [InlineData("planning", "yes", 3, 50, "developing")] // (2 x 1/4 + 1 + 5 x 2/4) / 8 = 4 / 8
    public void Score_IsTheWeightedShareOfTheBestAnswers_InItsBand(string level, string plan, int readiness, int expected, string band)
    {
        var result = SurveyScorer.Score(Survey, Answers(level, plan, readiness));

        Assert.Equal(expected, result.Score);
        Assert.Equal(band, result.Band!.Id);
    }

    [Fact]
    public void Recommendations_AreMatchedToTheBarriersChosen_MostMatchesFirst_AtMostThree()
    {
        var result = SurveyScorer.Score(Survey, Answers("regular", "yes", 4, "partners,logistics"));

        Assert.Equal("matchmaking", result.Recommendations[0].Rule.Id);
        Assert.Equal(["partners", "logistics"], result.Recommendations[0].MatchedAnswers);
        Assert.Equal(["matchmaking", "market_research", "fairs_delegations"], result.Recommendations.Select(r => r.Rule.Id));
    }

    [Fact]
    public void Recommendations_AskedForComeFirst_AlreadyUsedAreLeftOut()
    {
        var answers = Answers("regular", "yes", 4, "partners,logistics");
        answers["support_used"] = "matchmaking,fairs_delegations";
        answers["support_wanted"] = "training,market_research";

        var result = SurveyScorer.Score(Survey, answers);

        // Asked for, in the order the choices were offered; then the best barrier match that is not already in use.
        Assert.Equal(["market_research", "training", "trade_missions"], result.Recommendations.Select(r => r.Rule.Id));
        Assert.Equal([RecommendationReason.AskedFor, RecommendationReason.AskedFor, RecommendationReason.Answers],
            result.Recommendations.Select(r => r.Reason));
    }

    [Fact]
    public void Recommendations_SupportAskedForThoughAlreadyUsed_IsStillRecommended()
    {
        var answers = Answers("regular", "yes", 4);
        answers["support_used"] = "training";
        answers["support_wanted"] = "training";

        Assert.Equal(["training"], SurveyScorer.Score(Survey, answers).Recommendations.Select(r => r.Rule.Id));
    }

    [Fact]
    public void EarlyBand_AddsTheReadinessCheck_EvenWithoutBarriers()
    {
        var result = SurveyScorer.Score(Survey, Answers("none", "no", 1));

        Assert.Equal(["readiness_check"], result.Recommendations.Select(r => r.Rule.Id));
        Assert.Equal(RecommendationReason.Band, result.Recommendations[0].Reason);
    }

    [Fact]
    public void StoredValues_AreTypedPerQuestionKind()
    {
        var typed = ResponseValues.Typed(Survey, new Dictionary<string, string>
        {
            ["employees"] = "12", ["export_share"] = "12.5", ["ready_strategy"] = "4", ["plan_market"] = "no", ["barriers"] = "a,b",
        });

        Assert.Equal(12L, typed["employees"]);
        Assert.Equal(12.5, typed["export_share"]);
        Assert.Equal(4, typed["ready_strategy"]);
        Assert.Equal(false, typed["plan_market"]);
        Assert.Equal("a,b", typed["barriers"]);
        Assert.Equal("no", ResponseValues.Canonical(typed["plan_market"]));
        Assert.Equal("12.5", ResponseValues.Canonical(typed["export_share"]));
    }
}
