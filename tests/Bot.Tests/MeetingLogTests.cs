using System.Text.Json.Nodes;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Meetings;
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
        var refused = await host.InvokeAsync("meeting.save", new JsonObject { [FormId] = "0123456789abcdef01234567", [Step] = 4 },
            MeetingHost.Stakeholder);
        Assert.Contains("for project managers", (string?)refused["value"]);
        Assert.Empty(await host.Store.PartnersAsync(default));
    }

    [Fact]
    public async Task LogMeeting_SavesTheMeetingAndItsActionItems()
    {
        var form = await host.CardAsync("log meeting");
        Assert.Equal("2022-05-18", MeetingCards.InputValues(form)[Date]);

        var confirmation = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(form, Typed()));

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

        var last = await LastStepAsync(form, Typed());
        var first = MeetingCards.InvokeCard(await host.PressAsync(last, "meeting.save", Typed(), activityId: "f:retry-1"));
        var second = MeetingCards.InvokeCard(await host.PressAsync(last, "meeting.save", Typed(), activityId: "f:retry-1"));
        var pressedAgain = MeetingCards.InvokeCard(await host.PressAsync(last, "meeting.save", Typed()));

        Assert.Contains("Meeting saved", MeetingCards.Text(first));
        Assert.Contains("not saved twice", MeetingCards.Text(second));
        Assert.Contains("not saved twice", MeetingCards.Text(pressedAgain));
        var meetings = await LombardyMeetingsOf2022Async();
        Assert.Single(meetings);
    }

    // Each step is checked when the user leaves it: its errors appear on it, next to the field and at the top,
    // with everything typed still there; nothing is stored until the last step is saved.
    [Fact]
    public async Task LogMeeting_ErrorsAppearOnTheStepWhereTheyAre_NextToTheFieldAndAtTheTop()
    {
        var form = await host.CardAsync("log meeting");
        var typed = Typed();
        typed[ParticipantsTotal] = "10";
        typed[MinutesUrl] = "javascript:alert(1)";
        typed[ActionDue(2)] = "2021-12-31";

        var who = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(form, typed));
        Assert.Equal(2, MeetingCards.StepOf(who));
        Assert.Contains("more than the total of 10", MeetingCards.ErrorFor(who, ParticipantsTotal));
        Assert.Equal("Please correct the field marked below.", MeetingCards.TextById(who, "error"));
        Assert.Contains("• Participants in total: The participants by type add up to 17", MeetingCards.Text(who));
        Assert.Equal("Regione Lombardia\nUnioncamere Lombardia\nPolitecnico di Milano", MeetingCards.InputValues(who)[Organisations]);

        typed[ParticipantsTotal] = "18";
        var decisions = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(who, typed));
        Assert.Equal(3, MeetingCards.StepOf(decisions));
        Assert.Contains("before the meeting date", MeetingCards.ErrorFor(decisions, ActionDue(2)));
        Assert.Equal("Brief the chambers", MeetingCards.InputValues(decisions)[ActionWhat(2)]);

        typed[ActionDue(2)] = "2022-04-15";
        var links = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(decisions, typed));
        Assert.Equal(4, MeetingCards.StepOf(links));
        Assert.Contains("http://", MeetingCards.ErrorFor(links, MinutesUrl));
        Assert.Equal("javascript:alert(1)", MeetingCards.InputValues(links)[MinutesUrl]);
        Assert.Empty(await host.Store.PartnersAsync(default));
        CardValidator.AssertAllValid([new("step 2 with errors", who), new("step 3 with errors", decisions), new("step 4 with errors", links)]);

        typed[MinutesUrl] = "https://example.org/minutes.pdf";
        var saved = MeetingCards.InvokeCard(await host.PressAsync(links, CardVerbs.MeetingSave, typed));
        Assert.Contains("Meeting saved", MeetingCards.Text(saved));
    }

    // Back keeps what was typed on the step it leaves, and the draft is on the server, so another instance
    // (or the same user a day later) continues the form where it was.
    [Fact]
    public async Task LogMeeting_StepsKeepTheirValues_GoingBack_AndOnAnotherInstance()
    {
        var form = await host.CardAsync("log meeting");
        var who = MeetingCards.InvokeCard(await host.PressAsync(form, CardVerbs.MeetingNext, Typed()));
        var partial = new Dictionary<string, string> { [ParticipantsTotal] = "", [Organisations] = "Unioncamere Lombardia" };
        var back = MeetingCards.InvokeCard(await host.PressAsync(who, CardVerbs.MeetingBack, partial));
        Assert.Equal(1, MeetingCards.StepOf(back));
        Assert.Equal("Regione Lombardia", MeetingCards.InputValues(back)[Partner]);

        await using var other = new MeetingHost(azurite.ConnectionString, Now, host.Table, conversation: host.Conversation);
        var again = MeetingCards.InvokeCard(await other.PressAsync(back, CardVerbs.MeetingNext));
        Assert.Equal(2, MeetingCards.StepOf(again));
        Assert.Equal("Unioncamere Lombardia", MeetingCards.InputValues(again)[Organisations]);
        Assert.Equal("", MeetingCards.InputValues(again)[ParticipantsTotal]);
        var refused = MeetingCards.InvokeCard(await other.PressAsync(again, CardVerbs.MeetingNext));
        Assert.Equal("Enter the number of participants.", MeetingCards.ErrorFor(refused, ParticipantsTotal));
    }

    // Opening the form again picks up the unsaved one where it was; the older card can no longer change it.
    [Fact]
    public async Task LogMeetingAgain_ContinuesTheUnsavedForm_AndTheOlderCardSaysANewerOneIsInUse()
    {
        var form = await host.CardAsync("log meeting");
        var who = MeetingCards.InvokeCard(await host.PressAsync(form, CardVerbs.MeetingNext, Typed()));

        var resumed = await host.CardAsync("log meeting");
        Assert.Equal(2, MeetingCards.StepOf(resumed));
        Assert.Equal("Your unsaved meeting form: you continue where you left off.", MeetingCards.TextById(resumed, "notice"));
        Assert.Contains(MeetingCards.Actions(resumed), a => (string?)a["verb"] == CardVerbs.MeetingStartOver);

        var old = MeetingCards.InvokeCard(await host.PressAsync(who, CardVerbs.MeetingNext, Typed()));
        Assert.StartsWith("You went on with the meeting form on a newer card", MeetingCards.TextById(old, "outdated"));
        CardValidator.AssertAllValid([new("resumed", resumed), new("outdated", old)]);

        // The user would rather log another meeting: a fresh form on the same card.
        var fresh = MeetingCards.InvokeCard(await host.PressAsync(resumed, CardVerbs.MeetingStartOver));
        Assert.Equal(1, MeetingCards.StepOf(fresh));
        Assert.Equal("", MeetingCards.InputValues(fresh)[Partner]);
        var next = MeetingCards.InvokeCard(await host.PressAsync(fresh, CardVerbs.MeetingNext));
        Assert.Equal("Partner organisation is required.", MeetingCards.ErrorFor(next, Partner));
    }

    [Fact]
    public async Task Cancel_ClosesTheForm_AndTheNextLogMeetingStartsAfresh()
    {
        var form = await host.CardAsync("log meeting");
        var who = MeetingCards.InvokeCard(await host.PressAsync(form, CardVerbs.MeetingNext, Typed()));

        var cancelled = MeetingCards.InvokeCard(await host.PressAsync(who, CardVerbs.MeetingCancel));

        Assert.Equal("Nothing was saved. The form is closed.", MeetingCards.TextById(cancelled, "cancelled"));
        var fresh = await host.CardAsync("log meeting");
        Assert.Equal(1, MeetingCards.StepOf(fresh));
        Assert.Null(MeetingCards.TextById(fresh, "notice"));
        Assert.Empty(await host.Store.PartnersAsync(default));
    }

    [Fact]
    public async Task Edit_ReopensTheStoredValuesAndSavesAgainstTheETag()
    {
        var confirmation = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(await host.CardAsync("log meeting"), Typed()));
        var form = MeetingCards.InvokeCard(await host.PressAsync(confirmation, "meeting.edit"));
        Assert.False(MeetingCards.InputValues(form).ContainsKey(Partner));
        var changes = new Dictionary<string, string>
        {
            [Decisions] = "Voucher call postponed to September.", [Date] = "2022-03-11", [ActionWhat(2)] = "",
            [ActionOwner(2)] = "", [ActionDue(2)] = "",
        };
        var decisions = await LastStepAsync(form, changes, upTo: 3);
        var values = MeetingCards.InputValues(decisions);
        Assert.Equal("The stakeholders decided to open an export voucher call in June.", values[Decisions]);
        Assert.Equal("Brief the chambers", values[ActionWhat(2)]);

        var updated = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(decisions, changes));

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
        var confirmation = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(await host.CardAsync("log meeting"), Typed()));
        var mine = MeetingCards.InvokeCard(await host.PressAsync(confirmation, "meeting.edit"));
        var theirs = MeetingCards.InvokeCard(await host.PressAsync(confirmation, "meeting.edit", user: MeetingHost.OtherManager));
        MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(theirs, new Dictionary<string, string> { [Notes] = "Their note" },
            MeetingHost.OtherManager));

        var reported = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(mine, new Dictionary<string, string> { [Notes] = "My note" }));

        Assert.Contains("someone else changed this meeting", MeetingCards.Text(reported));
        Assert.Equal(4, MeetingCards.StepOf(reported));
        Assert.Equal("My note", MeetingCards.InputValues(reported)[Notes]);
        var stored = Assert.Single(await LombardyMeetingsOf2022Async());
        Assert.Equal("Their note", stored.Notes);
        CardValidator.AssertValid("conflict form", reported);
    }

    // The form keeps its steps in storage: with the store unreachable the user is told so at once, not after typing.
    [Fact]
    public async Task LogMeeting_WhenStorageIsDown_SaysSoInsteadOfOpeningAFormThatCannotKeepItsSteps()
    {
        var closedPort = FreePort();
        var deadStorage = $"DefaultEndpointsProtocol=http;AccountName={AzuriteFixture.AccountName};AccountKey={AzuriteFixture.AccountKey};" +
            $"TableEndpoint=http://127.0.0.1:{closedPort}/{AzuriteFixture.AccountName};";
        await using var down = new MeetingHost(deadStorage, Now);

        var reply = Assert.Single(await down.SayAsync("log meeting"));

        Assert.StartsWith("The meeting store cannot be reached right now", (string?)reply!["text"]);
        Assert.Null(reply["attachments"]);
    }

    // The last step (or a given one) reached by pressing Next with the form's own values.
    private async Task<JsonObject> LastStepAsync(JsonObject form, IReadOnlyDictionary<string, string>? typed = null, int upTo = 4)
    {
        var card = form;
        while (MeetingCards.StepOf(card) < upTo) card = MeetingCards.InvokeCard(await host.PressAsync(card, CardVerbs.MeetingNext, typed));
        return card;
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
