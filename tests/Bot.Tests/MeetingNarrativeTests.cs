using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// With a chat model configured the summary adds a narrative from the logged fields, labelled AI-generated.
// The model is a local OpenAI-compatible server that records what it is sent.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingNarrativeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private const string Model = "narrative-test-model";
    private LocalHttpServer model = null!;
    private Func<IResult> reply = () => Completion("no reply set");

    public async Task InitializeAsync() =>
        model = await LocalHttpServer.StartAsync(app => app.MapPost("/v1/chat/completions", () => reply()));

    public async Task DisposeAsync() => await model.DisposeAsync();

    private MeetingHost Host() => new(azurite.ConnectionString, Now, settings: new Dictionary<string, string?>
    {
        ["OpenAI:Endpoint"] = model.BaseUrl + "/v1",
        ["OpenAI:ChatModel"] = Model,
        ["OpenAI:ApiKey"] = "narrative-key",
    });

    [Fact]
    public async Task Summary_WithAModel_AddsANarrativeWrittenFromTheLoggedFieldsOnly()
    {
        reply = () => Completion("Two meetings in Lombardy agreed an export voucher call and extended it to services.");
        await using var host = Host();
        await MeetingSeed.AddAllAsync(host.Store);

        var card = await host.CardAsync("meetings Lombardy 2021");

        var text = MeetingCards.Text(card);
        Assert.Contains("AI-generated from the logged fields only", text);
        Assert.Contains("Two meetings in Lombardy agreed an export voucher call and extended it to services.", text);
        Assert.Equal("2", MeetingCards.Facts(card)["Events held"]);
        var request = Assert.Single(model.Requests);
        Assert.Equal("Bearer narrative-key", request.Authorization);
        var sent = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal(Model, (string?)sent["model"]);
        var system = (string)sent["messages"]![0]!["content"]!;
        var user = (string)sent["messages"]![1]!["content"]!;
        Assert.Contains("Use only facts found in the data", system);
        Assert.Matches(@"<DATA-[0-9a-f]{12}>\n\{""totals"":\{""events"":2,""participants"":55", user);
        Assert.Contains("Open an export voucher call.", user);
        Assert.Contains("Extend the vouchers to services.", user);
        Assert.DoesNotContain("Pomurje", user);
        CardValidator.AssertValid("summary with narrative", card);
    }

    [Fact]
    public async Task Summary_WhenTheModelFails_StandsAloneWithoutANarrative()
    {
        reply = () => Results.StatusCode(500);
        await using var host = Host();
        await MeetingSeed.AddAllAsync(host.Store);

        var card = await host.CardAsync("meetings Lombardy 2021");

        Assert.DoesNotContain("AI-generated", MeetingCards.Text(card));
        Assert.Equal("55", MeetingCards.Facts(card)["Participants"]);
        Assert.NotEmpty(model.Requests);
    }

    private static IResult Completion(string content) => ChatCompletions.Reply(Model, content);
}
