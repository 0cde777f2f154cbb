using System.Globalization;
using Azure.Data.Tables;
using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

// A survey invitation in a group chat and the nudge that follows in personal chat. The Playground's user is a project
// manager: they post `survey invite` in its group chat, start the survey from the invitation there and stop on page
// 2. The bot runs on the real clock, so the test moves the response's last activity four days back in storage; the
// next schedule check sends the nudge to the user's personal chat (starting it through the Playground's connector),
// and Continue opens page 2 there.
[Collection(E2ECollection.Name)]
public sealed class SurveyInvitationTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task InvitationPostedInAGroupChat_StartedThere_NudgeArrivesInPersonalChat_AndContinueResumesThePage()
    {
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        var shown = deadline.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US"));
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("invitation in the group chat", async () =>
        {
            await ui.OpenChatAsync("Group Chat");
            await ui.SendWithMentionAsync("Test Bot", "survey invite " + deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var invitation = await ui.CardAsync("Please answer by");
            Assert.Contains($"Please answer by {shown}.", invitation);
            Assert.Contains("Fill in my survey", invitation);
        });

        await ui.StepAsync("started in the group and left on page 2", async () =>
        {
            await ui.ClickAsync("Please answer by", "Fill in my survey");
            await ui.ChooseAsync("Page 1 of 6", "Where is your company based?", "Italy");
            await ui.FillAsync("Page 1 of 6", "How many people does your company employ?", "40");
            await ui.ChooseAsync("Page 1 of 6", "How international is your company today?", "We sell abroad now and then");
            await ui.ClickAsync("Page 1 of 6", "Next");
            await ui.CardAsync("Page 2 of 6");
        });

        await ui.StepAsync("nudge in personal chat", async () =>
        {
            Assert.Equal(1, await AgeOpenSurveysAsync(TimeSpan.FromDays(4)));
            await ui.OpenChatAsync("Personal Chat");
            var nudge = await ui.CardAsync("stopped on page 2 of 6", timeoutMs: 60_000);
            Assert.Contains("Continue", nudge);
        });

        await ui.StepAsync("continue from the nudge", async () =>
        {
            await ui.ClickAsync("stopped on page 2 of 6", "Continue");
            var page = await ui.CardAsync("Welcome back: you continue where you left off.");
            Assert.Contains("Page 2 of 6", page);
            Assert.Contains("What share of your turnover comes from sales abroad", page);
        });
    }

    // The open survey rows, as if their last activity were this long ago.
    private async Task<int> AgeOpenSurveysAsync(TimeSpan ago)
    {
        var table = new TableClient(stack.StorageConnectionString, "OpenSurveys");
        var aged = 0;
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            row["LastActivityUtc"] = DateTimeOffset.UtcNow - ago;
            await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Merge);
            aged++;
        }
        return aged;
    }
}
