using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Who the bot believes it talks to, and where it shows what: Teams is the only channel by default, a project
// manager is recognised by the Entra object id Teams sets (never by the channel's user id, which other channels
// let the client choose), and survey results and meeting summaries stay in the manager's personal chat.
public sealed class ChannelAndIdentityTests : IAsyncLifetime
{
    private const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    private const string Pointer = "Survey results and meeting summaries are shown only in a personal chat with me";
    private BotApp bot = null!;

    public Task InitializeAsync()
    {
        bot = new BotApp(new Dictionary<string, string?> { ["Access:ProjectManagers"] = Manager });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("")]
    public async Task AChannelOtherThanTeams_Is403(string channel)
    {
        var activity = Fixtures.Message("help");
        activity["channelId"] = channel;

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AllowedChannels_CanBeConfigured()
    {
        await using var webChatToo = new BotApp(new Dictionary<string, string?> { ["Bot:AllowedChannels"] = "msteams,webchat" });
        var activity = Fixtures.Message("help");
        activity["channelId"] = "webchat";

        Assert.Single(await webChatToo.AskAsync(activity));
    }

    [Fact]
    public async Task AManagersObjectIdAsTheUserId_DoesNotMakeAManager()
    {
        var activity = Fixtures.Message("survey results");
        activity["from"] = new JsonObject { ["id"] = Manager, ["name"] = "Not the manager" };

        var replies = await bot.AskAsync(activity);

        Assert.StartsWith("Sorry, survey results are only available to project managers.", Text(replies));
    }

    [Theory]
    [InlineData("channel-mention", "<at>StakeholderBot</at> survey results")]
    [InlineData("channel-mention", "<at>StakeholderBot</at> meetings INTRA 2026")]
    [InlineData("group-chat", "survey results")]
    [InlineData("group-chat", "meetings")]
    public async Task ManagerResults_InASharedChat_PointToThePersonalChat(string fixture, string text)
    {
        var activity = Fixtures.Load(fixture);
        activity["text"] = text;
        activity["locale"] = "en-US";
        activity["from"]!["aadObjectId"] = Manager;

        var replies = await bot.AskAsync(activity);

        Assert.StartsWith(Pointer, Text(replies));
    }

    [Fact]
    public async Task ThePointer_IsInTheUsersLanguage()
    {
        var activity = Fixtures.Load("group-chat");
        activity["text"] = "survey results";
        activity["locale"] = "it-IT";
        activity["from"]!["aadObjectId"] = Manager;

        var replies = await bot.AskAsync(activity);

        Assert.StartsWith("I risultati dei sondaggi e i riepiloghi delle riunioni", Text(replies));
    }

    private static string Text(JsonArray replies) => Assert.Single(replies)!["text"]!.GetValue<string>();
}
