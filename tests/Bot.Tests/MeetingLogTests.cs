using System.Text.Json.Nodes;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Bot.Tests;

[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingLogTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private MeetingHost host = null!;

    public Task InitializeAsync()
    {
        host = new MeetingHost(azurite.ConnectionString, Now);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    public static Dictionary<string, string> Typed() => new()
    {
        [Project] = "intra", [Partner] = "Regione Lombardia", [Region] = "Lombardy", [PolicyInstrument] = "ROP ERDF Lombardy 2014-2020",
        [MeetingType] = "rsg", [Date] = "2022-03-10", [Format] = "hybrid", [Language] = "it",
        [ParticipantsTotal] = "18", [PublicAuthority] = "5", [BusinessSupport] = "4", [Sme] = "6", [Research] = "2",
        [Organisations] = "Regione Lombardia\nUnioncamere Lombardia\nPolitecnico di Milano",
        [Topics] = "Export vouchers for SMEs", [Decisions] = "The stakeholders decided to open an export voucher call in June.",
        [ActionWhat(1)] = "Draft the voucher call", [ActionOwner(1)] = "Regione Lombardia", [ActionDue(1)] = "2022-06-01",
        [ActionWhat(2)] = "Brief the chambers", [ActionOwner(2)] = "Unioncamere Lombardia", [ActionDue(2)] = "2022-04-15",
        [GoodPractices] = "Export vouchers (Catalonia)", [ActionPlanStage] = "implementation",
        [PolicyChangeObserved] = "true", [PolicyChange] = "A voucher line was added to the ROP.",
        [MinutesUrl] = "https://example.org/rsg/minutes-2022-03.pdf", [AttendanceUrl] = "https://example.org/rsg/attendance.pdf",
    };

    [Fact]
    public async Task LogMeeting_ByAStakeholder_IsPolitelyRefused()
    {
        var reply = Assert.Single(await host.SayAsync("log meeting", MeetingHost.Stakeholder));

        Assert.Contains("for project managers", (string?)reply!["text"]);
        Assert.Null(reply["attachments"]);
        var refused = await host.InvokeAsync("meeting.save", new JsonObject { [FormId] = "0123456789abcdef01234567" }, MeetingHost.Stakeholder);
        Assert.Contains("for project managers", (string?)refused["value"]);
        Assert.Empty(await host.Store.PartnersAsync(default));
    }

    [Fact]
    public async Task LogMeeting_SavesTheMeetingAndItsActionItems()
    {
        var form = await host.CardAsync("log meeting");
        Assert.Equal("2022-05-18", MeetingCards.InputValues(form)[Date]);

        var confirmation = MeetingCards.InvokeCard(await host.PressAsync(form, "meeting.save", Typed()));

        Assert.Contains("Meeting saved", MeetingCards.Text(confirmation));
        Assert.Equal("18", MeetingCards.Facts(confirmation)["Participants"]);
        var edit = MeetingCards.Actions(confirmation).Single(a => (string?)a["verb"] == "meeting.edit");
        var pk = (string)edit["data"]!["pk"]!;
        var id = (string)edit["data"]!["meetingId"]!;
        Assert.Equal("intra|regione-lombardia", pk);
        var stored = await host.Store.GetAsync(pk, id, default);
        Assert.Equal("The stakeholders decided to open an export voucher call in June.", stored!.Decisions);
        Assert.Equal(new ParticipantCounts(5, 4, 6, 2, 0), stored.ParticipantsByType);
        Assert.Equal(["Draft the voucher call", "Brief the chambers"], stored.ActionItems.Select(i => i.What));
        CardValidator.AssertAllValid([new("form", form), new("confirmation", confirmation)]);
    }

    [Fact]
    public async Task LogMeeting_SameSaveDeliveredTwice_StoresOnce()
    {
        var form = await host.CardAsync("log meeting");

        var first = MeetingCards.InvokeCard(await host.PressAsync(form, "meeting.save", Typed(), activityId: "f:retry-1"));
        var second = MeetingCards.InvokeCard(await host.PressAsync(form, "meeting.save", Typed(), activityId: "f:retry-1"));

        Assert.Contains("Meeting saved", MeetingCards.Text(first));
        Assert.Contains("not saved twice", MeetingCards.Text(second));
        var meetings = await LombardyMeetingsOf2022Async();
        Assert.Single(meetings);
    }

    [Fact]
    public async Task LogMeeting_InvalidFieldsComeBackWithTheirErrorsAndNothingIsSaved()
    {
        var form = await host.CardAsync("log meeting");
        var typed = Typed();
        typed[ParticipantsTotal] = "10";
        typed[MinutesUrl] = "javascript:alert(1)";
        typed[ActionDue(2)] = "2021-12-31";

        var again = MeetingCards.InvokeCard(await host.PressAsync(form, "meeting.save", typed));

        Assert.Contains("more than the total of 10", MeetingCards.ErrorFor(again, ParticipantsTotal));
        Assert.Contains("http://", MeetingCards.ErrorFor(again, MinutesUrl));
        Assert.Contains("before the meeting date", MeetingCards.ErrorFor(again, ActionDue(2)));
        Assert.Null(MeetingCards.ErrorFor(again, Partner));
        var values = MeetingCards.InputValues(again);
        Assert.Equal("javascript:alert(1)", values[MinutesUrl]);
        Assert.Equal("Brief the chambers", values[ActionWhat(2)]);
        Assert.Equal("Regione Lombardia\nUnioncamere Lombardia\nPolitecnico di Milano", values[Organisations]);
        Assert.Empty(await host.Store.PartnersAsync(default));
        CardValidator.AssertValid("form with errors", again);
    }

    [Fact]
    public async Task Edit_ReopensTheStoredValuesAndSavesAgainstTheETag()
    {
        var confirmation = MeetingCards.InvokeCard(await host.PressAsync(await host.CardAsync("log meeting"), "meeting.save", Typed()));
        var form = MeetingCards.InvokeCard(await host.PressAsync(confirmation, "meeting.edit"));
        var values = MeetingCards.InputValues(form);
        Assert.Equal("The stakeholders decided to open an export voucher call in June.", values[Decisions]);
        Assert.Equal("Brief the chambers", values[ActionWhat(2)]);
        Assert.False(values.ContainsKey(Partner));

        var updated = MeetingCards.InvokeCard(await host.PressAsync(form, "meeting.save", new Dictionary<string, string>
        {
            [Decisions] = "Voucher call postponed to September.", [Date] = "2022-03-11", [ActionWhat(2)] = "",
            [ActionOwner(2)] = "", [ActionDue(2)] = "",
        }));

        Assert.Contains("Meeting updated", MeetingCards.Text(updated));
        var meetings = await LombardyMeetingsOf2022Async();
        var stored = Assert.Single(meetings);
        Assert.Equal("Voucher call postponed to September.", stored.Decisions);
        Assert.Equal(new DateOnly(2022, 3, 11), stored.Date);
        Assert.Equal(["Draft the voucher call"], stored.ActionItems.Select(i => i.What));
        CardValidator.AssertAllValid([new("edit form", form), new("updated", updated)]);
    }

    [Fact]
    public async Task Edit_AfterAConcurrentEdit_IsReportedAndDoesNotOverwrite()
    {
        var confirmation = MeetingCards.InvokeCard(await host.PressAsync(await host.CardAsync("log meeting"), "meeting.save", Typed()));
        var mine = MeetingCards.InvokeCard(await host.PressAsync(confirmation, "meeting.edit"));
        var theirs = MeetingCards.InvokeCard(await host.PressAsync(confirmation, "meeting.edit"));
        MeetingCards.InvokeCard(await host.PressAsync(theirs, "meeting.save", new Dictionary<string, string> { [Notes] = "Their note" }));

        var reported = MeetingCards.InvokeCard(await host.PressAsync(mine, "meeting.save", new Dictionary<string, string> { [Notes] = "My note" }));

        Assert.Contains("someone else changed this meeting", MeetingCards.Text(reported));
        Assert.Equal("My note", MeetingCards.InputValues(reported)[Notes]);
        var stored = Assert.Single(await LombardyMeetingsOf2022Async());
        Assert.Equal("Their note", stored.Notes);
        CardValidator.AssertValid("conflict form", reported);
    }

    [Fact]
    public async Task LogMeeting_WhenStorageIsDown_SaysSavingFailedAndKeepsEverythingTyped()
    {
        var closedPort = FreePort();
        var deadStorage = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{closedPort}/{AzuriteFixture.AccountName};";
        await using var down = new MeetingHost(deadStorage, Now);
        var form = await down.CardAsync("log meeting");

        var again = MeetingCards.InvokeCard(await down.PressAsync(form, "meeting.save", Typed()));

        Assert.Contains("Saving failed", MeetingCards.Text(again));
        var values = MeetingCards.InputValues(again);
        foreach (var (id, value) in Typed()) Assert.Equal(value, values[id]);
        Assert.Equal(MeetingCards.Actions(form).Single(a => (string?)a["verb"] == "meeting.save")["data"]!["formId"]!.ToJsonString(),
            MeetingCards.Actions(again).Single(a => (string?)a["verb"] == "meeting.save")["data"]!["formId"]!.ToJsonString());
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    // The meetings the typed form's partner holds in its year.
    private Task<List<Meeting>> LombardyMeetingsOf2022Async() => host.Store
        .StreamAsync("intra|regione-lombardia", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), MeetingColumns.All, default)
        .ToListAsync().AsTask();
}
