using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// Its own Azurite, stopped and started again mid-survey; data survives the restart like a real outage.
public sealed class SurveyOutageTests(PersistentAzuriteFixture azurite) : IClassFixture<PersistentAzuriteFixture>
{
    [Fact]
    public async Task Survey_WhenStorageIsDown_SaysSavingFailedAndKeepsTheInputs_ThenContinues()
    {
        using var bot = new SurveyDriver(azurite);
        var user = SurveyDriver.NewUser();
        var first = await bot.SayForCardAsync(user, "survey");
        var second = SurveyDriver.CardOf(await bot.PressAsync(user, first, "survey.next", SurveyAnswers.Company()));

        await azurite.StopAsync();
        try
        {
            var failed = SurveyDriver.CardOf(await bot.PressAsync(user, second, "survey.next", SurveyAnswers.Abroad()));
            Assert.StartsWith("Saving failed", TextById(failed, "error"));
            Assert.Equal("Page 2 of 6", Progress(failed));
            Assert.Equal("35", Value(failed, "q.export_share"));
            Assert.Equal("Germany, Austria", Value(failed, "q.target_markets"));
            Assert.Equal("2027-03-01", Value(failed, "q.next_step"));

            var typed = await bot.SayAsync(user, "survey");
            Assert.Equal("I can't reach the survey storage right now. Please try again in a few minutes.", typed[0]!["text"]!.GetValue<string>());
        }
        finally
        {
            await azurite.StartAsync();
        }

        var third = SurveyDriver.CardOf(await bot.PressAsync(user, second, "survey.next", SurveyAnswers.Abroad()));
        Assert.Equal("Page 3 of 6", Progress(third));
        Assert.Null(TextById(third, "error"));
    }
}
