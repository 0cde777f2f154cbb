using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Hostile;

// Requests the generator found that once produced a 500, kept as named cases.
public sealed class HostileRegressionTests : IAsyncLifetime
{
    private readonly BotApp bot = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<HttpStatusCode> PostBytesAsync(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await bot.CreateClient().PostAsync("/api/messages", content);
        return response.StatusCode;
    }

    private static JsonObject CardAction(JsonObject data)
    {
        var activity = Fixtures.Load("adaptive-card-action");
        activity["value"]!["action"]!["verb"] = "survey.next";
        activity["value"]!["action"]!["data"] = data;
        return activity;
    }

    private static byte[] WithRaw(JsonObject activity, string marker, byte[] raw)
    {
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(marker));
        return [.. bytes.AsSpan(0, at), .. raw, .. bytes.AsSpan(at + marker.Length)];
    }

    [Fact]
    public async Task MentionWithEmptyText_IsNotAServerError()
    {
        var activity = Fixtures.Message("<at>StakeholderBot</at> help");
        activity["deliveryMode"] = "expectReplies";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = activity["recipient"]!["id"]!.DeepClone() },
            ["text"] = "",
        });

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task InvalidUtf8InCardData_Is400(byte[] sequence) =>
        Assert.Equal(HttpStatusCode.BadRequest,
            await PostBytesAsync(WithRaw(CardAction(new JsonObject { ["q.a"] = "MARK" }), "MARK", sequence)));

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    public async Task LoneSurrogateInCardData_Is400(string escape) =>
        Assert.Equal(HttpStatusCode.BadRequest,
            await PostBytesAsync(WithRaw(CardAction(new JsonObject { ["q.a"] = "MARK" }), "MARK", Encoding.ASCII.GetBytes(escape))));

    [Fact]
    public async Task DuplicateKeysInCardData_Is400()
    {
        var json = CardAction(new JsonObject { ["q.a"] = "1" }).ToJsonString().Replace("\"q.a\":\"1\"", "\"q.a\":\"1\",\"q.a\":[2]");
        Assert.Equal(HttpStatusCode.BadRequest, await PostBytesAsync(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/plain,hi")]
    [InlineData("\\\\server\\share")]
    [InlineData("not a url")]
    public async Task AServiceUrlThatIsNotHttp_IsRefusedAsUntrusted_NotAServerError(string serviceUrl)
    {
        var activity = Fixtures.Message("help");
        activity["serviceUrl"] = serviceUrl;

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
