using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// A model's answer in Teams: streamed into a personal chat as the model writes it (informative update, streaming
// updates in order, the final message with citations and the AI label, all on one stream id), one message in a
// channel, and a stream whose model stops midway still ends with a final message. The connector and the Azure
// OpenAI deployment are local stubs that record what they receive.
public sealed class StreamingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Question = "When did UpGradeSME start?";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private ScriptedConnector connector = null!;
    private ModelService model = null!;

    public async Task InitializeAsync()
    {
        connector = await ScriptedConnector.StartAsync();
        model = await ModelService.StartAsync(ModelApi.Azure, "gpt-stream");
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(model.Problems);
        await model.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task PersonalChat_AnswerIsStreamedAsWritten_AndEndsWithTheCitedFinalMessage()
    {
        model.Answer = async (call, reply) =>
        {
            var source = call.SourceWith("1 April 2016");
            await reply.WriteAsync("UpGradeSME started on 1 April 2016 ");
            // The rest only once the user has seen the beginning.
            await Until(() => Updates(StreamTypes.Streaming).Count > 0);
            await reply.WriteAsync($"[{source}] and ended on 31 March 2021 [{source}].");
        };
        await using var bot = await StartAsync();

        await SendAsync(bot, Fixtures.Message(Question, conversationId: "a:stream-personal"));
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(Patience));

        var taken = connector.Taken.ToList();
        var informative = taken[0];
        Assert.Equal("typing", (string?)informative["type"]);
        Assert.Equal(StreamTypes.Informative, StreamInfo(informative)?["streamType"]?.ToString());
        Assert.Equal(1, (int?)StreamInfo(informative)?["streamSequence"]);
        var streamId = "sent-1";
        var updates = taken.Skip(1).SkipLast(1).ToList();
        Assert.NotEmpty(updates);
        Assert.All(updates, u =>
        {
            Assert.Equal("typing", (string?)u["type"]);
            Assert.Equal(StreamTypes.Streaming, StreamInfo(u)?["streamType"]?.ToString());
            Assert.Equal(streamId, StreamInfo(u)?["streamId"]?.ToString());
            Assert.DoesNotContain("[", (string?)u["text"]);
        });
        Assert.Equal(Enumerable.Range(2, updates.Count), updates.Select(u => (int)StreamInfo(u)!["streamSequence"]!));
        var texts = updates.Select(u => (string)u["text"]!).ToList();
        Assert.StartsWith("UpGradeSME started on 1 April 2016", texts[0]);
        for (var i = 1; i < texts.Count; i++) Assert.StartsWith(texts[i - 1], texts[i]);

        var final = taken[^1];
        Assert.Equal("message", (string?)final["type"]);
        Assert.Equal(StreamTypes.Final, StreamInfo(final)?["streamType"]?.ToString());
        Assert.Equal(streamId, StreamInfo(final)?["streamId"]?.ToString());
        Assert.Null(StreamInfo(final)?["streamSequence"]);
        Assert.Contains("31 March 2021 [1]", (string?)final["text"]);
        var message = MessageEntity(final)!;
        Assert.Contains("AIGeneratedContent", message["additionalType"]!.ToJsonString());
        Assert.Contains("upgradesme-project.md", Assert.Single(message["citation"]!.AsArray())!.ToJsonString());
    }

    [Fact]
    public async Task Channel_GetsOneFinalMessage_WithoutStreaming()
    {
        model.Answer = (call, reply) => reply.WriteAsync($"UpGradeSME started on 1 April 2016 [{call.SourceWith("1 April 2016")}].");
        await using var bot = await StartAsync();
        var mention = Fixtures.Load("channel-mention");
        mention["text"] = "<at>StakeholderBot</at> " + Question;
        mention.Remove("attachments");

        await SendAsync(bot, mention);
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(Patience));

        var only = Assert.Single(connector.Taken);
        Assert.Equal("message", (string?)only["type"]);
        Assert.Null(StreamInfo(only));
        Assert.Equal("UpGradeSME started on 1 April 2016 [1].", (string?)only["text"]);
        Assert.Contains("AIGeneratedContent", MessageEntity(only)!["additionalType"]!.ToJsonString());
    }

    [Fact]
    public async Task ModelStopsMidStream_TheStreamEndsWithTheAnswerFromThePassages()
    {
        model.Answer = async (_, reply) =>
        {
            await reply.WriteAsync("UpGradeSME started on the first ");
            await Until(() => Updates(StreamTypes.Streaming).Count > 0);
            await Task.Delay(Timeout.Infinite);
        };
        await using var bot = await StartAsync(timeoutSeconds: 3);

        await SendAsync(bot, Fixtures.Message(Question, conversationId: "a:stream-stalled"));
        Assert.True(await bot.Services.GetRequiredService<ReplyOutbox>().FlushAsync(Patience));

        var final = connector.Taken.Last();
        Assert.Equal("message", (string?)final["type"]);
        Assert.Equal(StreamTypes.Final, StreamInfo(final)?["streamType"]?.ToString());
        Assert.Equal("sent-1", StreamInfo(final)?["streamId"]?.ToString());
        Assert.Contains("1 April 2016", (string?)final["text"]);
        Assert.DoesNotContain("AIGeneratedContent", final.ToJsonString());
        Assert.Single(connector.Taken, a => (string?)a["type"] == "message");
    }

    [Fact]
    public async Task UserOverTheHourlyLimit_IsToldWhenToAskAgain_WithoutAModelCall()
    {
        model.Answer = (call, reply) => reply.WriteAsync($"UpGradeSME started on 1 April 2016 [{call.SourceWith("1 April 2016")}].");
        await using var bot = await StartAsync(questionsPerHour: 1);

        await bot.AskAsync(Fixtures.Message(Question, conversationId: "a:limit"));
        var refused = Assert.Single(await bot.AskAsync(Fixtures.Message("Which countries take part in UpGradeSME?", conversationId: "a:limit")));

        Assert.Matches(@"^You have asked a lot of questions in the last hour\. Please ask again in about \d+ min\.$", (string?)refused!["text"]);
        Assert.Single(model.Calls(ChatKind.Answer));
    }

    private async Task<BotApp> StartAsync(double timeoutSeconds = 20, int questionsPerHour = 60) =>
        await AskApp.StartAsync(azurite, AskApp.Prefix(), more: new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = model.Endpoint,
            ["OpenAI:ApiKey"] = model.Key,
            ["OpenAI:ChatModel"] = model.ChatModel,
            ["OpenAI:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenAI:UserQuestionsPerHour"] = questionsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private async Task SendAsync(BotApp bot, JsonObject activity)
    {
        activity["serviceUrl"] = connector.ServiceUrl;
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await bot.CreateClient().PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private List<JsonObject> Updates(string streamType) =>
        connector.Taken.Where(a => StreamInfo(a)?["streamType"]?.ToString() == streamType).ToList();

    private static JsonObject? StreamInfo(JsonObject activity) =>
        activity["entities"]?.AsArray().OfType<JsonObject>().FirstOrDefault(e => (string?)e["type"] == "streaminfo");

    private static JsonObject? MessageEntity(JsonObject activity) =>
        activity["entities"]?.AsArray().OfType<JsonObject>().FirstOrDefault(e => (string?)e["type"] == "https://schema.org/Message");

    // Waits for what the connector receives; the limit only keeps a broken stream from hanging the test.
    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(50);
    }
}
