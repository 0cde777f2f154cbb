using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Meetings;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

[CollectionDefinition(Name)]
public sealed class MeetingAzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Meetings on Azurite";
}

// The real host on a real Azurite table, a clock the test sets, and helpers that talk to /api/messages the way
// Teams does: a message with expectReplies, or an adaptiveCard/action invoke whose data is the action's data
// merged with the card's input values.
public sealed class MeetingHost : IAsyncDisposable
{
    public const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    public const string OtherManager = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
    public const string Stakeholder = "0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a";

    private readonly WebApplicationFactory<Program> app;

    public MeetingHost(string connectionString, DateTimeOffset now, string? table = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, string? conversation = null)
    {
        Clock = new FixedClock(now);
        Table = table ?? "m" + Guid.NewGuid().ToString("N");
        // The form's draft lives in the shared conversation state: each host talks in its own chats unless told otherwise.
        Conversation = conversation ?? "a:meetings-" + Guid.NewGuid().ToString("N")[..12];
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Access:ProjectManagers"] = Manager + "," + OtherManager,
            ["Meetings:Table"] = Table,
            ["Meetings:IndexSyncSeconds"] = "1",
            ["Exports:SigningKey"] = "meeting-tests-signing-key",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        app = new BotApp(all).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(s);
        }));
    }

    public FixedClock Clock { get; }

    public string Table { get; }

    public string Conversation { get; }

    // The user's personal chat with the bot (one per user), or the group chat they share; both belong to this host
    // (or to the hosts created with its Conversation), so a form's draft never meets another test's.
    private string ChatOf(string user, bool groupChat) => groupChat ? $"19:{Conversation}-group@thread.v2" : $"{Conversation}-{user}";

    public MeetingStore Store => app.Services.GetRequiredService<MeetingStore>();

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    public HttpClient Client() => app.CreateClient();

    // /health turns 200 once the knowledge index is ready (a generous deadline, not a speed check).
    public async Task WaitUntilHealthyAsync()
    {
        using var client = app.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await client.GetAsync("/health")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("/health did not turn 200");
            await Task.Delay(100);
        }
    }

    // Waits for something the host does in the background (a generous deadline, not a speed check).
    public static Task EventuallyAsync(Func<bool> condition, string what) => EventuallyAsync(() => Task.FromResult(condition()), what);

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Timed out waiting until " + what);
            await Task.Delay(100);
        }
    }

    // In the user's personal chat with the bot (one per user), or in a group chat they share.
    public async Task<JsonArray> SayAsync(string text, string user = Manager, bool groupChat = false, string locale = "en-US")
    {
        var activity = Fixtures.Message(text, locale, userAad: user, conversationId: ChatOf(user, groupChat));
        activity["from"]!["id"] = "29:" + user;
        if (groupChat) activity["conversation"]!["conversationType"] = "groupChat";
        activity["deliveryMode"] = "expectReplies";
        var body = await PostAsync(activity);
        return (JsonArray)body["activities"]!;
    }

    public async Task<JsonObject> CardAsync(string text, string user = Manager, string locale = "en-US")
    {
        var replies = await SayAsync(text, user, locale: locale);
        return (JsonObject)Assert.Single(replies)!["attachments"]![0]!["content"]!;
    }

    // Presses the action with this verb on the card, with the inputs as Teams would send them.
    public async Task<JsonObject> PressAsync(JsonObject card, string verb, IReadOnlyDictionary<string, string>? inputs = null,
        string user = Manager, string? activityId = null, int which = 0)
    {
        var action = MeetingCards.Actions(card).Where(a => (string?)a["verb"] == verb).ElementAt(which);
        var data = action["data"]?.DeepClone().AsObject() ?? [];
        if (action["associatedInputs"] is null)
        {
            foreach (var (id, value) in MeetingCards.InputValues(card)) data[id] = value;
            foreach (var (id, value) in inputs ?? new Dictionary<string, string>()) data[id] = value;
        }
        return await InvokeAsync(verb, data, user, activityId);
    }

    // Goes through the form as a user would: the fields of each step filled in from `typed`, Next, and Save on
    // the last step. Stops at a step that comes back with errors and returns that answer.
    public async Task<JsonObject> SaveThroughStepsAsync(JsonObject form, IReadOnlyDictionary<string, string> typed, string user = Manager,
        string? activityId = null)
    {
        var card = form;
        for (var step = MeetingCards.StepOf(card); step < MeetingSteps.Count; step++)
        {
            var answer = await PressAsync(card, CardVerbs.MeetingNext, typed, user);
            card = MeetingCards.InvokeCard(answer);
            if (MeetingCards.StepOf(card) == step) return answer;
        }
        return await PressAsync(card, CardVerbs.MeetingSave, typed, user, activityId);
    }

    public async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string user = Manager, string? activityId = null)
    {
        var activity = Fixtures.Load("adaptive-card-action");
        activity["id"] = activityId ?? "f:" + Guid.NewGuid().ToString("N");
        activity["from"]!["aadObjectId"] = user;
        activity["from"]!["id"] = "29:" + user;
        activity["conversation"]!["id"] = ChatOf(user, groupChat: false);
        activity["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data };
        return await PostAsync(activity);
    }

    private async Task<JsonObject> PostAsync(JsonObject activity)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
