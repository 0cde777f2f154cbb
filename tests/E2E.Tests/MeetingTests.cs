using System.Globalization;
using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class MeetingTests(LocalStack stack, ITestOutputHelper output)
{
    private const string Form = "Log a stakeholder meeting";

    [Fact]
    public async Task ProjectManager_LogsAnRsgMeeting_AndTheMeetingsSummaryShowsIt()
    {
        // Relative dates: the meeting lies in the past and its action in the future, whenever this runs.
        var meetingDate = DateOnly.FromDateTime(DateTime.Today).AddDays(-9);
        var dueDate = meetingDate.AddDays(36);
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("meeting form filled", async () =>
        {
            await ui.SendAsync("log meeting");
            await ui.CardAsync(Form);
            await ui.ChooseAsync(Form, "Project", "INTRA");
            await ui.FillAsync(Form, "Partner organisation", "Lombardy Region");
            await ui.FillAsync(Form, "Region", "Lombardy");
            await ui.FillAsync(Form, "Policy instrument addressed", "ROP ERDF Axis 3: SME competitiveness");
            await ui.ChooseAsync(Form, "Meeting type", "RSG meeting");
            await ui.FillAsync(Form, "Date", Iso(meetingDate));
            await ui.ChooseAsync(Form, "Format", "Hybrid");
            await ui.ChooseAsync(Form, "Language", "Italian");
            await ui.FillAsync(Form, "Participants in total", "14");
            await ui.FillAsync(Form, "SME", "5");
            await ui.FillAsync(Form, "Organisations present", "Lombardy Region\nUnioncamere Lombardia");
            await ui.FillAsync(Form, "Topics", "Export vouchers for SMEs");
            await ui.FillAsync(Form, "Decisions", "Open a second call for export vouchers");
            await ui.FillAsync(Form, "What", "Draft the call text");
            await ui.FillAsync(Form, "Owner", "Managing authority");
            await ui.FillAsync(Form, "Due date", Iso(dueDate));
            await ui.CheckAsync(Form, "Share decisions and participant counts with stakeholders");
        });

        await ui.StepAsync("meeting saved", async () =>
        {
            await ui.ClickAsync(Form, "Save meeting");
            var saved = await ui.CardAsync("Meeting saved");
            Assert.Contains("Lombardy Region", saved);
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
