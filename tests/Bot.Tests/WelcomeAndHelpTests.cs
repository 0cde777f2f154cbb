using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// The welcome and help cards over /api/messages: a button for each thing a user may do, project managers'
// commands only for project managers, and each button running its command as if typed.
public sealed class WelcomeAndHelpTests(AzuriteFixture azurite) : IAsyncLifetime, IClassFixture<AzuriteFixture>
{
    private const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    private const string Sme = "0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly BotApp bot = new(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = "w" + Guid.NewGuid().ToString("N")[..8],
        ["Access:ProjectManagers"] = Manager,
    });

    private ScriptedConnector connector = null!;

    public async Task InitializeAsync() => connector = await ScriptedConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Welcome_ForAProjectManager_HasAButtonForEachThingTheyCanDo()
    {
        var card = await WelcomeAsync(Manager);

        Assert.Equal(
        [
            ("When did UpGradeSME start?", "When did UpGradeSME start?"),
            ("Take the SME export-readiness survey", "survey"),
            ("Log a meeting", "log meeting"),
            ("Meeting summary", "meetings"),
            ("Survey results", "survey results"),
        ], Buttons(card));
        Assert.Equal("Welcome to StakeholderBot", (string?)card["body"]![0]!["text"]);
        CardValidator.AssertValid("welcome", card);
    }

    [Fact]
    public async Task Welcome_ForAStakeholderOrSme_OffersTheQuestionAndTheSurveyOnly()
    {
        var card = await WelcomeAsync(Sme);

        Assert.Equal(["When did UpGradeSME start?", "survey"], Buttons(card).Select(b => b.Command));
        Assert.DoesNotContain("project managers", AllText(card));
    }

    [Fact]
    public async Task Help_ShowsProjectManagersCommandsOnlyToProjectManagers_AndIsNotACopyOfTheWelcome()
    {
        var forManager = Card(await bot.AskAsync(Fixtures.Message("help", userAad: Manager)));
        var forSme = Card(await bot.AskAsync(Fixtures.Message("help", userAad: Sme)));
        var welcome = await WelcomeAsync(Manager);

        var managerText = AllText(forManager);
        Assert.Equal("What I can do", (string?)forManager["body"]![0]!["text"]);
        Assert.Contains("**meetings** [project] [partner, region or country] [period]", managerText);
        Assert.Contains("**log meeting**", managerText);
        Assert.Contains("**survey results**", managerText);
        Assert.Contains("**survey invite** [yyyy-mm-dd]", managerText);
        Assert.Contains(("Log a meeting", "log meeting"), Buttons(forManager));

        var smeText = AllText(forSme);
        Assert.DoesNotContain("log meeting", smeText);
        Assert.DoesNotContain("survey results", smeText);
        Assert.DoesNotContain("survey invite", smeText);
        Assert.DoesNotContain("For project managers", smeText);
        Assert.Equal(["When did UpGradeSME start?", "survey"], Buttons(forSme).Select(b => b.Command));

        // Help explains how to ask for each thing; the welcome introduces the bot. They share no paragraph.
        var welcomeParagraphs = Paragraphs(welcome).ToHashSet();
        Assert.DoesNotContain(Paragraphs(forManager), welcomeParagraphs.Contains);
        CardValidator.AssertAllValid([new("help manager", forManager), new("help sme", forSme)]);
    }

    [Fact]
    public async Task HelpButton_RunsItsCommandAsIfTyped_AndTheCardStays()
    {
        var answer = await PressAsync("survey", Sme);

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Equal("Sent for you: survey", (string?)answer["value"]);
        var posted = await PostedCardAsync();
        Assert.Equal("Page 1 of 6", Progress(posted));
    }

    [Fact]
    public async Task HelpButton_ForAManagersCommand_StillChecksWhoPressedIt()
    {
        var answer = await PressAsync("log meeting", Sme);

        Assert.Equal("Sent for you: log meeting", (string?)answer["value"]);
        var reply = await PostedAsync();
        Assert.StartsWith("Logging and summarising stakeholder meetings is for project managers.", (string?)reply["text"]);
    }

    // The example question on the card is one the documents answer, in every language the card is written in.
    [Theory]
    [InlineData("en-US", "When did UpGradeSME start?")]
    [InlineData("nl-NL", "Wanneer is UpGradeSME begonnen?")]
    [InlineData("de-DE", "Wann hat UpGradeSME begonnen?")]
    [InlineData("hu-HU", "Mikor kezdődött az UpGradeSME?")]
    [InlineData("it-IT", "Quando è iniziato UpGradeSME?")]
    [InlineData("pl-PL", "Kiedy rozpoczął się projekt UpGradeSME?")]
    [InlineData("es-ES", "¿Cuándo empezó UpGradeSME?")]
    [InlineData("lt-LT", "Kada prasidėjo UpGradeSME?")]
    [InlineData("sl-SI", "Kdaj se je začel UpGradeSME?")]
    [InlineData("ro-RO", "Când a început UpGradeSME?")]
    [InlineData("pt-PT", "Quando começou o UpGradeSME?")]
    public async Task ExampleQuestionButton_IsAnsweredFromTheDocumentsWithASource(string locale, string question)
    {
        var welcome = await WelcomeAsync(Sme, locale);
        Assert.Equal(question, Buttons(welcome)[0].Command);
        await WaitUntilIndexedAsync();

        await PressAsync(question, Sme, locale);

        var reply = await PostedAsync();
        Assert.Contains("2016", (string?)reply["text"]);
        Assert.NotEmpty(reply["entities"]![0]!["citation"]!.AsArray());
    }

    private async Task<JsonObject> WelcomeAsync(string aad, string locale = "en-US")
    {
        var added = Fixtures.Load("conversation-update-bot-added");
        added["conversation"]!["id"] = "a:welcome-" + Guid.NewGuid().ToString("N");
        added["from"]!["aadObjectId"] = aad;
        added["locale"] = locale;
        return Card(await bot.AskAsync(added));
    }

    private async Task<JsonObject> PressAsync(string command, string aad, string locale = "en-US")
    {
        var invoke = Fixtures.Load("adaptive-card-action");
        invoke["id"] = "f:" + Guid.NewGuid().ToString("N");
        invoke["serviceUrl"] = connector.ServiceUrl;
        invoke["locale"] = locale;
        invoke["conversation"]!["id"] = "a:press-" + Guid.NewGuid().ToString("N");
        invoke["from"]!["aadObjectId"] = aad;
        invoke["value"]!["action"] = new JsonObject
        {
            ["type"] = "Action.Execute", ["verb"] = "help.run", ["data"] = new JsonObject { ["command"] = command },
        };
        using var response = await bot.PostAsync(invoke);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    // The reply the command posted to the chat (a generous deadline for the connector call, not a speed check).
    private async Task<JsonObject> PostedAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (connector.Taken.IsEmpty)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Nothing was posted to the conversation.");
            await Task.Delay(50);
        }
        Assert.True(connector.Taken.TryDequeue(out var activity));
        return activity;
    }

    private async Task<JsonObject> PostedCardAsync() => (await PostedAsync())["attachments"]![0]!["content"]!.AsObject();

    private async Task WaitUntilIndexedAsync()
    {
        using var client = bot.CreateClient();
        var deadline = DateTime.UtcNow + Patience;
        while (!(await client.GetAsync("/health")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("/health did not turn 200");
            await Task.Delay(100);
        }
    }

    private static IEnumerable<string> Paragraphs(JsonObject card) =>
        Elements(card["body"]).Select(e => (string?)e["text"]).OfType<string>().Where(t => t.Length > 40);

    private static JsonObject Card(JsonArray replies) => Assert.Single(replies)!["attachments"]![0]!["content"]!.AsObject();

    private static List<(string Title, string Command)> Buttons(JsonObject card) =>
        Elements(card["body"]).Where(e => (string?)e["type"] == "Action.Execute")
            .Select(a => { Assert.Equal("help.run", (string?)a["verb"]); return ((string)a["title"]!, (string)a["data"]!["command"]!); })
            .ToList();
}
