using Xunit;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

public sealed class ActivityTests(AzuriteFixture azurite) : IAsyncLifetime, IClassFixture<AzuriteFixture>
{
    private readonly BotApp bot = new(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Storage:TablePrefix"] = "a" + Guid.NewGuid().ToString("N")[..8],
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private static string CardText(JsonNode? reply) => reply?["attachments"]?[0]?["content"]?.ToJsonString() ?? "";

    [Fact]
    public async Task ExpectReplies_ReturnsRepliesInTheResponseBody()
    {
        var replies = await bot.AskAsync(Fixtures.Message("help"));

        var reply = Assert.Single(replies);
        Assert.Equal("message", (string?)reply!["type"]);
        Assert.Equal("1763718402117", (string?)Fixtures.Load("personal-message")["id"]);
        Assert.Equal("29:1qXv7Zb3-personal-user", (string?)reply["recipient"]!["id"]);
        Assert.Contains("What I can do", CardText(reply));
    }

    [Theory]
    [InlineData("channel-mention")]
    [InlineData("group-chat")]
    public async Task Mention_IsRemovedBeforeTheCommandIsRouted(string fixture)
    {
        var replies = await bot.AskAsync(Fixtures.Load(fixture));

        Assert.Contains("\"command\":\"survey\"", CardText(Assert.Single(replies)));
    }

    [Theory]
    [InlineData("conversation-update-bot-added")]
    [InlineData("installation-update-add")]
    public async Task BotAdded_SendsTheWelcomeCard(string fixture)
    {
        var replies = await bot.AskAsync(Fixtures.Load(fixture));

        var card = CardText(Assert.Single(replies));
        Assert.Contains("StakeholderBot", card);
        Assert.Contains("\"command\":\"survey\"", card);
    }

    [Fact]
    public async Task InstallAnnouncedTwice_IsWelcomedOnce()
    {
        var installed = Fixtures.Load("installation-update-add");
        var added = Fixtures.Load("conversation-update-bot-added");
        added["conversation"] = installed["conversation"]!.DeepClone();

        var first = await bot.AskAsync(installed);
        var second = await bot.AskAsync(added);

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public async Task InstallationInDutch_WelcomesInDutch()
    {
        var replies = await bot.AskAsync(Fixtures.Load("installation-update-add"));

        Assert.Contains("Welkom", CardText(Assert.Single(replies)));
    }

    [Fact]
    public async Task UserJoiningAChannel_GetsNoWelcome()
    {
        var replies = await bot.AskAsync(Fixtures.Load("conversation-update-user-added"));

        Assert.Empty(replies);
    }

    [Fact]
    public async Task ActionExecute_WithUnknownVerb_IsAnsweredWithAWellFormedError()
    {
        using var response = await bot.PostAsync(Fixtures.Load("adaptive-card-action"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(400, (int?)body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("UnknownVerb", (string?)body["value"]!["code"]);
    }

    [Fact]
    public async Task UnknownInvokeName_Returns501()
    {
        var invoke = Fixtures.Load("adaptive-card-action");
        invoke["name"] = "composeExtension/query";

        using var response = await bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task FeedbackInvoke_IsAnsweredWithAnEmptyObject()
    {
        using var response = await bot.PostAsync(Fixtures.Load("feedback-submit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownActivityType_IsAcceptedAndIgnored()
    {
        var reaction = Fixtures.Message("x");
        reaction["type"] = "messageReaction";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });

        Assert.Empty(await bot.AskAsync(reaction));
    }

    [Fact]
    public async Task UnknownProperties_AreTolerated()
    {
        var activity = Fixtures.Message("help");
        activity["somethingNew"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) };

        Assert.Single(await bot.AskAsync(activity));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":\"message\",\"from\":\"not an account\"}")]
    [InlineData("{\"type\":\"message\",\"text\":42}")]
    [InlineData("{\"type\":\"message\",\"membersAdded\":{}}")]
    [InlineData("null")]
    public async Task MalformedBody_Returns400WithAProblem(string body)
    {
        using var response = await bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrWhiteSpace((string?)problem!["detail"]));
    }

    [Fact]
    public async Task BodyOver256KB_Returns413()
    {
        var activity = Fixtures.Message(new string('a', 300 * 1024));

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedValue_Returns400()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        using var response = await bot.PostRawAsync("{\"type\":\"message\",\"value\":" + nested + "}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task GetOnTheMessagesEndpoint_IsNotAllowed()
    {
        using var response = await bot.CreateClient().GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
