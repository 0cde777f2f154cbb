using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

// A Teams user talking to the real host about surveys: messages with expectReplies, Action.Execute invokes.
public sealed class SurveyDriver : IDisposable
{
    public const string ManagerAad = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    public const string PseudonymKey = "test-pseudonym-key-0123456789abcdef0123";

    public SurveyDriver(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            // A table prefix per driver keeps each test's responses (and counts) apart in the shared Azurite.
            ["Storage:TablePrefix"] = "t" + Guid.NewGuid().ToString("N")[..12],
            ["Storage:MaxRetries"] = "0",
            ["Storage:NetworkTimeoutSeconds"] = "2",
            ["Access:ProjectManagers"] = ManagerAad,
            ["Surveys:PseudonymKey"] = PseudonymKey,
            ["Exports:SigningKey"] = "test-export-signing-key-0123456789",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        App = new BotApp(settings);
    }

    public BotApp App { get; }

    public static SurveyUser NewUser(string locale = "en-US") => new(
        "29:user-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString(), "a:conv-" + Guid.NewGuid().ToString("N")[..10], locale);

    public static SurveyUser Manager(string locale = "en-US") => NewUser(locale) with { Aad = ManagerAad };

    // The respondent code stored for a user: the keyed hash of their AAD object id.
    public static string CodeOf(SurveyUser user) => Convert.ToHexStringLower(
        System.Security.Cryptography.HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PseudonymKey), System.Text.Encoding.UTF8.GetBytes("aad:" + user.Aad)));

    // The replies to a typed message (e.g. "survey").
    public async Task<JsonArray> SayAsync(SurveyUser user, string text, string conversationType = "personal")
    {
        var activity = Fixtures.Message(text, user.Locale, user.Conversation, user.Aad);
        activity["from"]!["id"] = user.Id;
        activity["conversation"]!["conversationType"] = conversationType;
        if (conversationType != "personal") activity["conversation"]!["isGroup"] = true;
        return await App.AskAsync(activity);
    }

    public async Task<JsonObject> SayForCardAsync(SurveyUser user, string text, string conversationType = "personal")
    {
        var replies = await SayAsync(user, text, conversationType);
        return Card(replies) ?? throw new Xunit.Sdk.XunitException("No card in: " + replies.ToJsonString());
    }

    // The invoke response body: {statusCode, type, value}.
    public async Task<JsonObject> ExecuteAsync(SurveyUser user, string verb, JsonObject data, string? activityId = null,
        string conversationType = "personal", string trigger = "manual")
    {
        var activity = Fixtures.Load("adaptive-card-action");
        activity["id"] = activityId ?? "f:" + Guid.NewGuid();
        activity["locale"] = user.Locale;
        activity["from"] = new JsonObject { ["id"] = user.Id, ["name"] = "Test User", ["aadObjectId"] = user.Aad };
        activity["conversation"]!["id"] = user.Conversation;
        activity["conversation"]!["conversationType"] = conversationType;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = trigger,
        };
        using var response = await App.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    // Presses a card's action as Teams would: the action's data merged with the card's input values.
    public Task<JsonObject> PressAsync(SurveyUser user, JsonObject card, string verb, IReadOnlyDictionary<string, JsonNode?>? inputs = null,
        string? activityId = null, string conversationType = "personal")
    {
        var action = SurveyCards.Action(card, verb);
        var data = (JsonObject)action["data"]!.DeepClone();
        if (action["associatedInputs"]?.GetValue<string>() != "none")
            foreach (var (id, value) in inputs ?? new Dictionary<string, JsonNode?>()) data[id] = value?.DeepClone();
        return ExecuteAsync(user, verb, data, activityId, conversationType);
    }

    // Every row of one of the bot's tables (by its name in the code), as stored; none when the table was never created.
    public async Task<List<TableEntity>> RowsAsync(string table)
    {
        var client = App.Services.GetRequiredService<TableServiceClient>().GetTableClient(App.Services.GetRequiredService<StorageTables>().NameOf(table));
        try
        {
            return await client.QueryAsync<TableEntity>().ToListAsync();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    public static JsonObject? Card(JsonArray replies) =>
        replies.OfType<JsonObject>().Select(a => a["attachments"]?[0]?["content"]).OfType<JsonObject>().FirstOrDefault();

    public static JsonObject CardOf(JsonObject invokeResponse)
    {
        Xunit.Assert.Equal("application/vnd.microsoft.card.adaptive", invokeResponse["type"]?.GetValue<string>());
        return invokeResponse["value"]!.AsObject();
    }

    public void Dispose() => App.Dispose();
}

public sealed record SurveyUser(string Id, string Aad, string Conversation, string Locale);
