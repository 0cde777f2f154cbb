using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using StakeholderBot.Bot.Tests;
using StakeholderBot.Resilience.Tests.Auth;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Faults;

// A bot without a model (the extractive baseline) and one whose OpenAI endpoint is a stub the test steers.
public sealed class ModelBots : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();

    public ModelStub Stub { get; private set; } = null!;
    public BotApp Plain { get; private set; } = null!;
    public WebApplicationFactory<Program> WithModel { get; private set; } = null!;
    public LogRecorder Logs { get; } = new();

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        Stub = await ModelStub.StartAsync();
        Plain = new BotApp(ResilienceSettings.For(azurite.ConnectionString));
        WithModel = new BotApp(ResilienceSettings.For(azurite.ConnectionString,
                ("OpenAI:Endpoint", Stub.Endpoint), ("OpenAI:ApiKey", ModelStub.Key), ("OpenAI:ChatModel", ModelStub.Model),
                ("OpenAI:TimeoutSeconds", "2")))
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Logs)));
        await Health.WaitUntilHealthyAsync(Plain.CreateClient());
        await Health.WaitUntilHealthyAsync(WithModel.CreateClient());
    }

    public async Task DisposeAsync()
    {
        await WithModel.DisposeAsync();
        await Plain.DisposeAsync();
        await Stub.DisposeAsync();
        await azurite.DisposeAsync();
    }
}

// The OpenAI endpoint timing out or failing in every way a server can: the extractive answer is given (the one
// a bot without a model gives), without the AI label. A question the stub answers shows the model path is live.
public sealed class ModelFaultTests(ModelBots bots) : IClassFixture<ModelBots>
{
    private const string Question = "What is the UpGradeSME project about?";

    private static bool AiLabelled(JsonNode? reply) =>
        reply?["entities"]?.ToJsonString().Contains("AIGeneratedContent", StringComparison.Ordinal) == true;

    private static async Task<JsonNode> AskAsync(WebApplicationFactory<Program> bot, string question, string conversation) =>
        Assert.Single(await bot.AskActivityAsync(Fixtures.Message(question, conversationId: conversation)))!;

    [Theory]
    [InlineData(ModelBehaviour.TimesOut)]
    [InlineData(ModelBehaviour.Fails500)]
    [InlineData(ModelBehaviour.Throttles429)]
    [InlineData(ModelBehaviour.ReturnsGarbage)]
    [InlineData(ModelBehaviour.ReturnsNoChoices)]
    [InlineData(ModelBehaviour.DropsTheConnection)]
    public async Task ModelFailing_GivesTheExtractiveAnswer(ModelBehaviour behaviour)
    {
        var extractive = await AskAsync(bots.Plain, Question, "a:model-plain");
        bots.Stub.Behaviour = behaviour;
        var calls = bots.Stub.Calls;

        var reply = await AskAsync(bots.WithModel, Question, $"a:model-{behaviour}");

        Assert.True(bots.Stub.Calls > calls, "the model was not asked");
        Assert.False(string.IsNullOrWhiteSpace(extractive["text"]?.ToString()));
        Assert.True(extractive["text"]?.ToString() == reply["text"]?.ToString(), $"'{reply["text"]}'\n" +
            string.Join("\n", bots.Logs.Lines.Where(l => l.Message.Contains("Flow failed")).Select(l => l.Message.Split('\n')[0])));
        Assert.False(AiLabelled(reply));
        Assert.Empty(bots.Stub.Problems);
    }

    [Fact]
    public async Task ModelAnswering_IsUsedAndLabelled_SoTheFallbackAboveIsReal()
    {
        bots.Stub.Behaviour = ModelBehaviour.Answers;

        var reply = await AskAsync(bots.WithModel, "Which organisations lead the UpGradeSME project?", "a:model-answers");

        Assert.Contains("MODEL-WROTE-THIS", reply["text"]?.ToString());
        Assert.True(AiLabelled(reply));
        Assert.Empty(bots.Stub.Problems);
    }
}
