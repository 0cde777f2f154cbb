using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Erasing a person's personal chat when several instances serve it, and when a project manager names the person only
// by their code: two hosts on one Azurite, their tables read afterwards as stored.
[Collection(SurveyAzurite.Name)]
public sealed class ErasureTests(AzuriteFixture azurite)
{
    private const string FirstQuestion = "When did UpGradeSME start?";

    // Instance B keeps the chat's last questions in memory for a while; the person erases their data through
    // instance A and asks B again: B's copy from before the erase must not bring the first question back.
    [Fact]
    public async Task AfterAnEraseOnOneInstance_AnotherInstancesCopyOfTheChat_IsNotWrittenBack()
    {
        var prefix = AskApp.Prefix();
        var logs = new LogRecorder();
        await using var a = await HostAsync(prefix);
        await using var b = await HostAsync(prefix, logs);
        var person = Person.New();
        await b.AskAsync(person.Says(FirstQuestion));
        await MeetingHost.EventuallyAsync(async () => (await ChatRowsAsync(prefix, person.Chat)).Any(r => r.Contains(FirstQuestion)),
            "instance B stored the question");

        await EraseOwnDataAsync(a, person);
        Assert.DoesNotContain(await ChatRowsAsync(prefix, person.Chat), r => r.Contains(FirstQuestion));
        await b.AskAsync(person.Says("Who are the partners of INTRA?"));
        await MeetingHost.EventuallyAsync(() => logs.Lines.Any(l => l.Message.Contains("this instance's copy was dropped")),
            "instance B tried to write its copy");

        var afterwards = await ChatRowsAsync(prefix, person.Chat);
        Assert.DoesNotContain(afterwards, r => r.Contains(FirstQuestion));
        Assert.DoesNotContain(afterwards, r => r.Contains("partners of INTRA"));
        // What is left is the mark of the erase: no question, no person, only its generation and time.
        Assert.All(afterwards, r => Assert.Contains("Erased=", r));

        // The chat goes on: the next question is kept again, on its own.
        await b.AskAsync(person.Says("What is INTER VENTURES?"));
        await MeetingHost.EventuallyAsync(async () => (await ChatRowsAsync(prefix, person.Chat)).Any(r => r.Contains("What is INTER VENTURES?")),
            "instance B stored the next question");
        Assert.DoesNotContain(await ChatRowsAsync(prefix, person.Chat), r => r.Contains(FirstQuestion));
    }

    // The person used the bot before references and questions carried their code, and writes again afterwards (to
    // another instance): a project manager's erase by the code reaches the chat and what was kept for it before.
    [Fact]
    public async Task ErasingByCode_ReachesThePersonsChat_AndWhatWasKeptForItBeforeItCarriedTheCode()
    {
        var prefix = AskApp.Prefix();
        await using var a = await HostAsync(prefix);
        var person = Person.New();
        await a.AskAsync(person.Says(FirstQuestion));
        await MeetingHost.EventuallyAsync(async () => (await ChatRowsAsync(prefix, person.Chat)).Any(r => r.Contains(FirstQuestion)),
            "the question is stored");
        await ForgetCodesAsync(prefix, person.Chat);
        await using var b = await HostAsync(prefix);
        await b.AskAsync(person.Says("help"));
        var references = Table(prefix, ConversationReferenceStore.TableName);
        await MeetingHost.EventuallyAsync(async () => await references.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"Respondent eq {person.Code}")).AnyAsync(), "the chat's reference carries the code");

        var manager = Person.Manager();
        var confirm = SurveyDriver.Card(await a.AskAsync(manager.Says("delete data " + person.Code)))!;
        Assert.Contains("Saved progress: 1", TextOf(confirm, "counts"));
        Assert.StartsWith("Not linked to the code, so not erased", TextOf(confirm, "unlinked"));
        var erased = await PressAsync(a, manager, "data.erase", new JsonObject { ["respondent"] = person.Code });

        Assert.Contains("Saved progress: 1", TextOf(erased, "counts"));
        Assert.Empty(await RowsAboutAsync(prefix, person));
    }

    private Task<BotApp> HostAsync(string prefix, LogRecorder? logs = null) => AskApp.StartAsync(azurite, prefix,
        more: new Dictionary<string, string?>
        {
            ["Access:ProjectManagers"] = SurveyDriver.ManagerAad,
            ["Surveys:PseudonymKey"] = SurveyDriver.PseudonymKey,
        },
        services: logs is null ? null : s => s.AddSingleton<ILoggerProvider>(logs));

    private static async Task EraseOwnDataAsync(BotApp bot, Person person)
    {
        var confirm = SurveyDriver.Card(await bot.AskAsync(person.Says("delete my data")))!;
        Assert.Contains("Saved progress: 1", TextOf(confirm, "counts"));
        var erased = await PressAsync(bot, person, "data.delete", []);
        Assert.Contains("Saved progress: 1", TextOf(erased, "counts"));
    }

    private static async Task<JsonObject> PressAsync(BotApp bot, Person person, string verb, JsonObject data)
    {
        var press = Fixtures.Load("adaptive-card-action");
        press["from"] = new JsonObject { ["id"] = person.Id, ["name"] = "Test User", ["aadObjectId"] = person.Aad };
        press["conversation"]!["id"] = person.Chat;
        press["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data };
        using var response = await bot.PostAsync(press);
        response.EnsureSuccessStatusCode();
        return SurveyDriver.CardOf((await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonObject>(response.Content))!);
    }

    // As the bot stored them before rows carried the person's code.
    private async Task ForgetCodesAsync(string prefix, string chat)
    {
        foreach (var name in new[] { ConversationReferenceStore.TableName, "ConversationState" })
        {
            var table = Table(prefix, name);
            await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(chat)}")))
            {
                if (!row.Remove("Respondent")) continue;
                await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
            }
        }
    }

    private async Task<List<string>> ChatRowsAsync(string prefix, string chat)
    {
        try
        {
            return await Table(prefix, "ConversationState").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(chat)}"))
                .Select(Describe).ToListAsync();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    // Every row of every table of this bot that names the person: code, Teams ids or personal chat. The mark an erase
    // leaves on the chat's questions (its generation and time, nothing else) is no data about them.
    private async Task<List<string>> RowsAboutAsync(string prefix, Person person)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        string[] traces = [person.Code, person.Id, person.Aad, person.Chat];
        var found = new List<string>();
        await foreach (var table in service.QueryAsync(t => true))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var stored = Describe(row);
                if (row.ContainsKey("Erased") && row.Keys.Except(["PartitionKey", "RowKey", "Timestamp", "odata.etag", "Erased", "ErasedUtc"]).Any())
                    found.Add($"{table.Name[prefix.Length..]}: a mark with more than its generation: {stored}");
                else if (!row.ContainsKey("Erased") && traces.Any(t => stored.Contains(t, StringComparison.Ordinal)))
                    found.Add($"{table.Name[prefix.Length..]}: {stored}");
            }
        }
        return found;
    }

    private TableClient Table(string prefix, string name) => new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + name);

    private static string Describe(TableEntity row) => string.Join("\n", row.Select(p => $"{p.Key}={p.Value}"));

    private static string TextOf(JsonObject card, string id) =>
        (string)card["body"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["id"] == id)["text"]!;

    private sealed record Person(string Id, string Aad, string Chat)
    {
        public static Person New() =>
            new("29:user-" + Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString(), "a:conv-" + Guid.NewGuid().ToString("N")[..10]);

        public static Person Manager() => New() with { Aad = SurveyDriver.ManagerAad };

        public string Code => SurveyDriver.CodeOf(new SurveyUser(Id, Aad, Chat, "en-US"));

        public JsonObject Says(string text)
        {
            var activity = Fixtures.Message(text, conversationId: Chat, userAad: Aad);
            activity["from"]!["id"] = Id;
            return activity;
        }
    }
}
