using System.Globalization;
using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

// The bot speaks first: a project manager logs a meeting with an action item due in two days, and the
// reminder arrives in the Playground by itself (sent to the Playground's own service URL); Done works from it.
[Collection(E2ECollection.Name)]
public sealed class ReminderTests(LocalStack stack, ITestOutputHelper output)
{
    private const string Reminder = "Action items due";

    [Fact]
    public async Task ProjectManager_GetsTheReminderOfADueActionItem_AndMarksItDoneFromIt()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("meeting with an action due in two days", async () =>
        {
            await ui.SendAsync("log meeting");
            await ui.CardAsync("Step 1 of 4");
            await ui.ChooseAsync("Step 1 of 4", "Project", "UpGradeSME");
            await ui.FillAsync("Step 1 of 4", "Partner organisation", "Pomurje Technology Park");
            await ui.FillAsync("Step 1 of 4", "Region", "Pomurje");
            // Not one of the projects' partner regions, so its country is chosen.
            await ui.ChooseAsync("Step 1 of 4", "Country", "Slovenia");
            await ui.FillAsync("Step 1 of 4", "Policy instrument addressed", "OP Slovenia 2021-2027");
            await ui.ChooseAsync("Step 1 of 4", "Meeting type", "RSG meeting");
            await ui.FillAsync("Step 1 of 4", "Date", Iso(today.AddDays(-3)));
            await ui.ChooseAsync("Step 1 of 4", "Format", "Online");
            await ui.ChooseAsync("Step 1 of 4", "Language", "English");
            await ui.ClickAsync("Step 1 of 4", "Next");
            await ui.CardAsync("Step 2 of 4");
            await ui.FillAsync("Step 2 of 4", "Participants in total", "9");
            await ui.ClickAsync("Step 2 of 4", "Next");
            await ui.CardAsync("Step 3 of 4");
            await ui.FillAsync("Step 3 of 4", "What", "Send the RSG minutes to the members");
            await ui.FillAsync("Step 3 of 4", "Owner", "Pomurje Technology Park");
            await ui.FillAsync("Step 3 of 4", "Due date", Iso(today.AddDays(2)));
            await ui.ClickAsync("Step 3 of 4", "Next");
            await ui.CardAsync("Step 4 of 4");
            await ui.ClickAsync("Step 4 of 4", "Save meeting");
            await ui.CardAsync("Meeting saved");
        });

        await ui.StepAsync("reminder arrives by itself", async () =>
        {
            var reminder = await ui.CardAsync(Reminder, timeoutMs: 85_000);
            Assert.Contains("Send the RSG minutes to the members", reminder);
            Assert.Contains("Done", reminder);
            Assert.Contains("Snooze 7 days", reminder);
        });

        await ui.StepAsync("done from the reminder", async () =>
        {
            await ui.ClickAsync(Reminder, "Done");
            var after = await ui.CardAsync("Marked done: Send the RSG minutes to the members");
            Assert.Contains("Nothing else is due", after);
        });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
