using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using StakeholderBot.Dialogs.Reminders;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.Proactive;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A clock that stands still until the test moves it: timers (Task.Delay in the outbox and the schedules) fire only
// when Advance reaches them. Waits records every wait asked for.
public sealed class StoppedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Waits.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}

// One bot instance for the reminder tests: the real host on Azurite (tables under the given prefix, so two
// instances can share them), the stopped clock, and a scripted Bot Connector that the managers' personal chats
// are reached through. The schedule loop is off: the test runs the reminders when it wants to.
public sealed class ReminderHost : IAsyncDisposable
{
    public const string ManagerA = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    public const string ManagerB = "5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c";
    public const string ManagerC = "2d1c0b9a-8f7e-4d6c-9b5a-4e3d2c1b0a9f";
    public const string BotId = "28:5f0c3e1a-8b2d-4c6e-9f1a-2b3c4d5e6f70";

    private readonly WebApplicationFactory<Program> app;

    public ReminderHost(string connectionString, string prefix, StoppedClock clock, ScriptedConnector connector,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        Clock = clock;
        Connector = connector;
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Access:ProjectManagers"] = string.Join(",", ManagerA, ManagerB, ManagerC),
            ["Reminders:Run"] = "false",
            ["Reminders:Hour"] = "8",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        app = new BotApp(all).WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public StoppedClock Clock { get; }

    public ScriptedConnector Connector { get; }

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public MeetingStore Meetings => Service<MeetingStore>();

    public static string ChatOf(string manager) => "a:personal-" + manager;

    // The manager writes to the bot in personal chat from a Teams client in this time zone; the bot then knows
    // where and when to remind them.
    public async Task<JsonArray> SayAsync(string manager, string text, string timeZone = "Europe/Rome", string? serviceUrl = null)
    {
        var activity = Fixtures.Message(text, userAad: manager, conversationId: ChatOf(manager));
        activity["serviceUrl"] = serviceUrl ?? Connector.ServiceUrl;
        activity["localTimezone"] = timeZone;
        activity["deliveryMode"] = "expectReplies";
        return (JsonArray)(await PostAsync(activity))["activities"]!;
    }

    public async Task MeetAsync(string manager, string timeZone = "Europe/Rome")
    {
        await SayAsync(manager, "help", timeZone);
        var profiles = Service<ManagerProfileStore>();
        var references = Service<ConversationReferenceStore>();
        await MeetingHost.EventuallyAsync(async () => (await profiles.GetAsync(manager))?.TimeZone == timeZone
            && (await references.ListAsync(ChatOf(manager))).Count > 0, "the manager's reminder address is stored");
    }

    public Task<int> RunAsync() => Service<ActionReminders>().RunAsync(default);

    // Presses a button of a card the connector received, as Teams sends it: an adaptiveCard/action invoke.
    public async Task<JsonObject> PressAsync(string manager, JsonObject action, string timeZone = "Europe/Rome")
    {
        var activity = Fixtures.Load("adaptive-card-action");
        activity["from"]!["aadObjectId"] = manager;
        activity["conversation"]!["id"] = ChatOf(manager);
        activity["serviceUrl"] = Connector.ServiceUrl;
        activity["localTimezone"] = timeZone;
        activity["value"]!["action"] = new JsonObject
        {
            ["type"] = "Action.Execute", ["verb"] = action["verb"]!.DeepClone(), ["data"] = action["data"]!.DeepClone(),
        };
        return await PostAsync(activity);
    }

    public async Task<JsonObject> PostAsync(JsonObject activity)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        response.EnsureSuccessStatusCode();
        return response.Content.Headers.ContentLength == 0 ? [] : (await response.Content.ReadFromJsonAsync<JsonObject>()) ?? [];
    }

    public async Task<Meeting> LogAsync(string manager, DateOnly date, params (string What, DateOnly Due)[] items)
    {
        var id = Guid.NewGuid().ToString("N")[..24];
        var meeting = new Meeting
        {
            Id = id, Project = "intra", Partner = "Regione Lombardia", Region = "Lombardy", PolicyInstrument = "ROP ERDF Lombardy",
            MeetingType = "rsg", Date = date, Format = "online", Language = "en", ParticipantsTotal = 12,
            ActionItems = items.Select((item, i) => new ActionItem($"a{i + 1:00}", item.What, "Regione Lombardia", item.Due)).ToList(),
        };
        return ((SaveResult.Saved)await Meetings.AddAsync(meeting, manager, default)).Meeting;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

// Reading what the connector received.
public static class ReminderCards
{
    public static JsonObject CardOf(SendAttempt attempt) => (JsonObject)attempt.Activity!["attachments"]![0]!["content"]!;

    public static IReadOnlyList<JsonObject> Buttons(JsonObject card, string verb) =>
        MeetingCards.Actions(card).Where(a => (string?)a["verb"] == verb).ToList();

    // The button of this verb in the entry that shows `what`.
    public static JsonObject Button(JsonObject card, string what, string verb) =>
        ((JsonArray)card["body"]!).OfType<JsonObject>()
            .Where(entry => entry.ToJsonString().Contains(what))
            .SelectMany(entry => MeetingCards.Actions(entry))
            .Single(a => (string?)a["verb"] == verb);
}
