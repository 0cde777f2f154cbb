using System.Globalization;
using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class MeetingTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task ProjectManager_LogsAnRsgMeetingStepByStep_CorrectsAnError_AndTheMeetingsSummaryShowsIt()
    {
        // Relative dates: the meeting lies in the past and its action in the future, whenever this runs.
        var meetingDate = DateOnly.FromDateTime(DateTime.Today).AddDays(-9);
        var dueDate = meetingDate.AddDays(36);
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("step 1 what and when", async () =>
        {
            await ui.SendAsync("log meeting");
            const string step = "Step 1 of 4";
            await ui.CardAsync(step);
            await ui.ChooseAsync(step, "Project", "INTRA");
            await ui.FillAsync(step, "Partner organisation", "Lombardy Region");
            await ui.FillAsync(step, "Region", "Lombardy");
            await ui.FillAsync(step, "Policy instrument addressed", "ROP ERDF Axis 3: SME competitiveness");
            await ui.ChooseAsync(step, "Meeting type", "RSG meeting");
            await ui.FillAsync(step, "Date", Iso(meetingDate));
            await ui.ChooseAsync(step, "Format", "Hybrid");
            await ui.ChooseAsync(step, "Language", "Italian");
        });

        await ui.StepAsync("step 2 with an error", async () =>
        {
            await ui.ClickAsync("Step 1 of 4", "Next");
            const string step = "Step 2 of 4";
            await ui.CardAsync(step);
            await ui.FillAsync(step, "Participants in total", "4");
            await ui.FillAsync(step, "SME", "5");
            await ui.FillAsync(step, "Organisations present", "Lombardy Region\nUnioncamere Lombardia");
            await ui.ClickAsync(step, "Next");
            var refused = await ui.CardAsync("Please correct the field marked below.");
            Assert.Contains("Step 2 of 4", refused);
            Assert.Contains("• Participants in total: The participants by type add up to 5, more than the total of 4.", refused);
        });

        await ui.StepAsync("step 3 decisions and actions", async () =>
        {
            await ui.FillAsync("Step 2 of 4", "Participants in total", "14");
            await ui.ClickAsync("Step 2 of 4", "Next");
            const string step = "Step 3 of 4";
            await ui.CardAsync(step);
            await ui.FillAsync(step, "Topics", "Export vouchers for SMEs");
            await ui.FillAsync(step, "Decisions", "Open a second call for export vouchers");
            await ui.FillAsync(step, "What", "Draft the call text");
            await ui.FillAsync(step, "Owner", "Managing authority");
            await ui.FillAsync(step, "Due date", Iso(dueDate));
        });

        await ui.StepAsync("step 4 shared and saved", async () =>
        {
            await ui.ClickAsync("Step 3 of 4", "Next");
            const string step = "Step 4 of 4";
            await ui.CardAsync(step);
            await ui.CheckAsync(step, "Share decisions and participant counts with stakeholders");
            await ui.ClickAsync(step, "Save meeting");
            var saved = await ui.CardAsync("Meeting saved");
            Assert.Contains("Lombardy Region", saved);
            Assert.Contains("Unioncamere Lombardia", saved); // typed before the error on step 2, kept through it
            Assert.Contains("RSG meeting", saved);
            Assert.Contains("Draft the call text", saved);
            Assert.Contains("Yes: decisions and participant counts", saved);
        });

        await ui.StepAsync("question about the meeting", async () =>
        {
            await ui.SendAsync("What did the Lombardy stakeholders decide?");
            await ui.ReplyAsync("second call for export vouchers");
        });

        await ui.StepAsync("meeting citation opens", async () =>
        {
            // The manager's link opens the whole record, through the signed link the answer carried.
            var citation = await ui.CitationAsync(1);
            Assert.StartsWith(stack.BotBaseUrl + "/documents/meetings/intra/lombardy-region/", citation.Url);
            using var record = await LocalStack.Http.GetAsync(citation.Url);
            Assert.True(record.IsSuccessStatusCode, $"GET {citation.Url}: {(int)record.StatusCode}");
            Assert.Contains("Unioncamere Lombardia", await record.Content.ReadAsStringAsync());
            using var unsigned = await LocalStack.Http.GetAsync(citation.Url.Split('?')[0]);
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, unsigned.StatusCode);
        });

        await ui.StepAsync("meetings summary", async () =>
        {
            await ui.SendAsync($"meetings INTRA {meetingDate.Year}");
            var summary = await ui.ReplyAsync("Stakeholder meetings");
            Assert.Contains("Events held\n\n1", summary);
            Assert.Contains("Participants\n\n14", summary);
            Assert.Contains($"{meetingDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} · RSG meeting · INTRA · Lombardy Region", summary);
            Assert.Contains("Draft the call text", summary);
        });
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
