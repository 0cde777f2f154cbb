using System.Globalization;
using Azure.Data.Tables;
using StakeholderBot.Storage.Limits;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// OpenAI:UserQuestionsPerHour behind several instances: two hosts share Azurite and the Azure OpenAI stub, which
// records every model call; the count is read back from the table as stored.
public sealed class QuestionLimitTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const string Refusal = @"^You have asked a lot of questions in the last hour\. Please ask again in about \d+ min\.$";
    private ModelService model = null!;

    public async Task InitializeAsync() => model = await ModelService.StartAsync(ModelApi.Azure, "gpt-limit");

    public async Task DisposeAsync()
    {
        Assert.Empty(model.Problems);
        await model.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstances_CountAUsersQuestionsTogether_AndStoreOnlyTheirCode()
    {
        var prefix = AskApp.Prefix();
        await using var a = await StartAsync(prefix, questionsPerHour: 2);
        await using var b = await StartAsync(prefix, questionsPerHour: 2);
        var user = Guid.NewGuid().ToString();

        await a.AskAsync(Fixtures.Message("When did UpGradeSME start?", conversationId: "a:limit-1", userAad: user));
        await b.AskAsync(Fixtures.Message("Which countries take part in UpGradeSME?", conversationId: "a:limit-1", userAad: user));
        var refused = Assert.Single(await a.AskAsync(Fixtures.Message("Who leads INTRA?", conversationId: "a:limit-1", userAad: user)));
        var someoneElse = await b.AskAsync(Fixtures.Message("Who leads INTRA?", conversationId: "a:limit-2", userAad: Guid.NewGuid().ToString()));

        Assert.Matches(Refusal, (string?)refused!["text"]);
        Assert.DoesNotMatch(Refusal, (string?)someoneElse.Last()!["text"]);
        Assert.Equal(3, model.Calls(ChatKind.Answer).Count);
        var rows = await new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + QuestionCounts.TableName)
            .QueryAsync<TableEntity>().ToListAsync();
        var code = SurveyDriver.CodeOf(new SurveyUser("", user, "", "en-US"));
        Assert.Equal(2, rows.Where(r => r.PartitionKey == code).Sum(r => r.GetInt32("Count")));
        Assert.Equal(3, rows.Sum(r => r.GetInt32("Count")));
        Assert.DoesNotContain(rows, r => string.Join(" ", r.Select(p => p.Value)).Contains(user, StringComparison.Ordinal));
    }

    // Storage down: questions are still answered, and the limit is counted in this instance (see SharedQuestionLimit).
    [Fact]
    public async Task StorageDown_QuestionsAreStillAnswered_UpToTheLimitCountedInThisInstance()
    {
        await using var bot = await StartAsync(AskApp.Prefix(), questionsPerHour: 1, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey +
                ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            ["Storage:MaxRetries"] = "0",
        });
        var user = Guid.NewGuid().ToString();

        await bot.AskAsync(Fixtures.Message("When did UpGradeSME start?", conversationId: "a:limit-down", userAad: user));
        var refused = Assert.Single(await bot.AskAsync(Fixtures.Message("Who leads INTRA?", conversationId: "a:limit-down", userAad: user)));

        Assert.Single(model.Calls(ChatKind.Answer));
        Assert.Matches(Refusal, (string?)refused!["text"]);
    }

    private async Task<BotApp> StartAsync(string prefix, int questionsPerHour, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = model.Endpoint,
            ["OpenAI:ApiKey"] = model.Key,
            ["OpenAI:ChatModel"] = model.ChatModel,
            ["OpenAI:UserQuestionsPerHour"] = questionsPerHour.ToString(CultureInfo.InvariantCulture),
            ["Surveys:PseudonymKey"] = SurveyDriver.PseudonymKey,
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return await AskApp.StartAsync(azurite, prefix, more: settings);
    }
}
