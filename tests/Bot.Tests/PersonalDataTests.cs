using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Surveys;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Bot.Tests.SurveyCards;

namespace StakeholderBot.Bot.Tests;

// `my data` and `delete my data` through /api/messages against Azurite, and every table checked afterwards as it is
// stored: what the bot shows is what it holds, and after the erase nothing about the person is left anywhere.
[Collection(SurveyAzurite.Name)]
public sealed class PersonalDataTests(AzuriteFixture azurite)
{
    private const string Group = "groupChat";

    [Fact]
    public async Task MyData_ShowsTheAnswersContactProgressAndReactionsStoredAboutTheUser_AndNothingOfOthers()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        await SeedAsync(bot, "ben@example.com", "Ben's comment");

        var card = await bot.SayForCardAsync(ana.User, "my data");

        var text = AllText(card);
        Assert.Contains("What is stored about you", text);
        Assert.Contains(ana.Code, TextById(card, "code"));
        Assert.Contains("SME internationalisation readiness survey, submitted", text);
        Assert.Contains("What holds your company back from doing (more) business abroad?: Foreign languages, Finding reliable partners", text);
        Assert.Contains("ana@example.com", text);
        Assert.Contains("Saved items: 2", text);
        Assert.Contains("The date is wrong", text);
        Assert.DoesNotContain("ben@example.com", text);
        Assert.DoesNotContain("Ben's comment", text);
        Assert.Equal(["data.ask-delete"], Verbs(card));
        CardValidator.AssertValid("my data", card);
    }

    [Fact]
    public async Task DeleteMyData_AfterConfirming_LeavesNoRowAboutTheUserInAnyTable_AndOthersKeepTheirs()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var ben = await SeedAsync(bot, "ben@example.com", "Ben's comment");
        Assert.NotEmpty(await RowsAboutAsync(bot, ana));

        var confirm = await bot.SayForCardAsync(ana.User, "delete my data");
        Assert.Equal("Delete your data?", confirm["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("- Survey responses: 1\n- Contact details: 1\n- Saved progress: 2\n- Reactions to answers: 1", TextById(confirm, "counts"));
        Assert.Empty(Verbs(confirm).Except(["data.delete", "data.keep"]));
        CardValidator.AssertValid("confirm delete", confirm);
        var erased = SurveyDriver.CardOf(await bot.PressAsync(ana.User, confirm, "data.delete"));

        Assert.Equal("Your data is erased", erased["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(TextById(confirm, "counts"), TextById(erased, "counts"));
        Assert.Empty(await RowsAboutAsync(bot, ana));
        Assert.NotEmpty(await RowsAboutAsync(bot, ben));
        Assert.Single(await bot.RowsAsync(SurveyResponseStore.Table));
        Assert.Single(await bot.RowsAsync(SurveyContactStore.Table));
        var empty = await bot.SayForCardAsync(ana.User, "my data");
        Assert.NotNull(TextById(empty, "nothing"));
    }

    [Fact]
    public async Task DeleteMyData_Twice_IsFine_AndTheSecondTimeSaysThereWasNothingLeft()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var confirm = await bot.SayForCardAsync(ana.User, "delete my data");

        var first = SurveyDriver.CardOf(await bot.PressAsync(ana.User, confirm, "data.delete"));
        var second = SurveyDriver.CardOf(await bot.PressAsync(ana.User, confirm, "data.delete"));
        var left = await RowsAboutAsync(bot, ana);
        var again = await bot.SayForCardAsync(ana.User, "delete my data");

        Assert.NotNull(TextById(first, "counts"));
        Assert.Equal("Nothing is stored about you, so there was nothing to erase.", TextById(second, "nothing"));
        Assert.Empty(left);
        Assert.Equal("Nothing is stored about you, so there was nothing to erase.", TextById(again, "nothing"));
    }

    [Fact]
    public async Task DeleteMyData_Cancelled_KeepsEverything()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var before = await RowsAboutAsync(bot, ana);
        var confirm = await bot.SayForCardAsync(ana.User, "delete my data");

        var kept = SurveyDriver.CardOf(await bot.PressAsync(ana.User, confirm, "data.keep"));

        Assert.Equal("Nothing was deleted.", TextById(kept, "kept"));
        Assert.Equal(before, await RowsAboutAsync(bot, ana));
    }

    // The cards carry no respondent: whoever presses a forwarded confirmation erases only their own data.
    [Fact]
    public async Task AForwardedConfirmation_ErasesOnlyThePressersData()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var ben = await SeedAsync(bot, "ben@example.com", "Ben's comment");
        var anasCard = await bot.SayForCardAsync(ana.User, "delete my data");

        await bot.PressAsync(ben.User, anasCard, "data.delete");

        Assert.Empty(await RowsAboutAsync(bot, ben));
        Assert.NotEmpty(await RowsAboutAsync(bot, ana));
    }

    [Theory]
    [InlineData("my data")]
    [InlineData("delete my data")]
    public async Task DataCommands_InAGroupChat_PointToThePersonalChat_AndShowOrEraseNothing(string command)
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var before = await RowsAboutAsync(bot, ana);

        var replies = await bot.SayAsync(ana.User with { Conversation = ana.GroupChat }, command, Group);

        var reply = Assert.Single(replies)!;
        Assert.Null(SurveyDriver.Card(replies));
        Assert.StartsWith("I show and delete your data only in our personal chat", reply["text"]!.GetValue<string>());
        Assert.Equal(before, await RowsAboutAsync(bot, ana));
    }

    [Fact]
    public async Task AProjectManager_ErasesARespondentByTheirCode_AfterConfirming()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var ben = await SeedAsync(bot, "ben@example.com", "Ben's comment");
        var manager = SurveyDriver.Manager();
        // Ben also answers in the group chat where Ana started hers: that chat is not Ana's to erase.
        var invitation = await bot.SayForCardAsync(manager with { Conversation = ana.GroupChat }, "survey", Group);
        var benInAnasGroup = ben.User with { Conversation = ana.GroupChat };
        var first = SurveyDriver.CardOf(await bot.PressAsync(benInAnasGroup, invitation, "survey.start", conversationType: Group));
        await bot.PressAsync(benInAnasGroup, first, "survey.next", SurveyAnswers.Company(), conversationType: Group);

        var confirm = await bot.SayForCardAsync(manager, "delete data " + ana.Code.ToUpperInvariant());
        Assert.Equal("Erase this respondent's data?", confirm["body"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("Survey responses: 1", TextById(confirm, "counts"));
        CardValidator.AssertValid("confirm erase", confirm);
        var erased = SurveyDriver.CardOf(await bot.PressAsync(manager, confirm, "data.erase"));

        Assert.NotNull(TextById(erased, "counts"));
        // Everything stored under the code is gone, and what the code links to: the person's chat and its reference.
        Assert.Empty(await RowsAboutAsync(bot, ana));
        Assert.DoesNotContain(await bot.RowsAsync(SurveyResponseStore.Table), r => r.GetString("Respondent") == ana.Code);
        Assert.Contains(await RowsAboutAsync(bot, ben), row => row.StartsWith("SurveyContacts: ", StringComparison.Ordinal));
        Assert.Contains(await bot.RowsAsync("ConversationState"),
            row => row.PartitionKey == TableKey.Encode(ana.GroupChat) && row.GetString("UserId") == ben.User.Id && row.ContainsKey("Json0"));
    }

    [Fact]
    public async Task SomeoneElse_CannotEraseByCode_NorWithAManagersForwardedCard()
    {
        using var bot = new SurveyDriver(azurite);
        var ana = await SeedAsync(bot, "ana@example.com", "The date is wrong");
        var mallory = SurveyDriver.NewUser();
        var before = await RowsAboutAsync(bot, ana);
        var managersCard = await bot.SayForCardAsync(SurveyDriver.Manager(), "delete data " + ana.Code);

        var command = await bot.SayAsync(mallory, "delete data " + ana.Code);
        var pressed = await bot.PressAsync(mallory, managersCard, "data.erase");

        Assert.StartsWith("Only project managers can erase another person's data.", command[0]!["text"]!.GetValue<string>());
        Assert.StartsWith("Only project managers can erase another person's data.", pressed["value"]!.GetValue<string>());
        Assert.Equal(before, await RowsAboutAsync(bot, ana));
    }

    [Theory]
    [InlineData("delete data")]
    [InlineData("delete data not-a-code")]
    public async Task EraseByCode_WithoutAValidCode_SaysWhatACodeIs(string command)
    {
        using var bot = new SurveyDriver(azurite);

        var replies = await bot.SayAsync(SurveyDriver.Manager(), command);

        Assert.StartsWith("Give the respondent's code as it appears in the survey CSV", Assert.Single(replies)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task WhileStorageIsDown_DataCommandsSaySo_AndNothingFails()
    {
        using var bot = new SurveyDriver(azurite, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.AccountKey +
                ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        });
        var user = SurveyDriver.NewUser();

        var shown = await bot.SayAsync(user, "my data");
        var asked = await bot.SayAsync(user, "delete my data");
        var pressed = await bot.ExecuteAsync(user, "data.delete", new JsonObject());

        const string Unavailable = "I can't reach the storage right now, so nothing was shown or deleted.";
        Assert.StartsWith(Unavailable, Assert.Single(shown)!["text"]!.GetValue<string>());
        Assert.StartsWith(Unavailable, Assert.Single(asked)!["text"]!.GetValue<string>());
        Assert.StartsWith(Unavailable, pressed["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteMyData_ErasesTheQuestionsKeptForThePersonalChat()
    {
        var prefix = AskApp.Prefix();
        await using var bot = await AskApp.StartAsync(azurite, prefix);
        var chat = "a:erase-" + Guid.NewGuid().ToString("N")[..10];
        await bot.AskAsync(Fixtures.Message("When did UpGradeSME start?", conversationId: chat));
        var state = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + "ConversationState");
        var ofChat = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(chat)}");
        // The question is written off the turn's path; poll until it lands (not a timing assertion).
        for (var attempt = 0; attempt < 100 && !await HasRowsAsync(state, ofChat); attempt++) await Task.Delay(100);
        Assert.True(await HasRowsAsync(state, ofChat));

        var confirm = SurveyDriver.Card(await bot.AskAsync(Fixtures.Message("delete my data", conversationId: chat)))!;
        Assert.Contains("Saved progress: 1", TextById(confirm, "counts"));
        var press = Fixtures.Load("adaptive-card-action");
        press["conversation"]!["id"] = chat;
        press["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "data.delete", ["data"] = new JsonObject() };
        using var erased = await bot.PostAsync(press);
        erased.EnsureSuccessStatusCode();

        // Only the mark of the erase is left: its generation and time, no question.
        var left = Assert.Single(await state.QueryAsync<TableEntity>(ofChat).ToListAsync());
        Assert.Equal(["Erased", "ErasedUtc", "PartitionKey", "RowKey", "Timestamp", "odata.etag"], left.Keys.Order(StringComparer.Ordinal));
    }

    private static async Task<bool> HasRowsAsync(TableClient table, string filter)
    {
        try
        {
            return await table.QueryAsync<TableEntity>(filter).AnyAsync();
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    // A person with everything the bot can store about them: a submitted response with an e-mail address (and the
    // submitted progress in their personal chat), an unfinished survey in a group chat, and a reaction to an answer.
    private static async Task<Person> SeedAsync(SurveyDriver bot, string email, string comment)
    {
        var user = SurveyDriver.NewUser();
        await SurveyRun.CompleteAsync(bot, user, email: email);
        var group = "19:group-" + Guid.NewGuid().ToString("N")[..10] + "@thread.v2";
        var invitation = await bot.SayForCardAsync(SurveyDriver.Manager() with { Conversation = group }, "survey", Group);
        var inGroup = user with { Conversation = group };
        var first = SurveyDriver.CardOf(await bot.PressAsync(inGroup, invitation, "survey.start", conversationType: Group));
        await bot.PressAsync(inGroup, first, "survey.next", SurveyAnswers.Company(), conversationType: Group);
        var feedback = Fixtures.Load("feedback-submit");
        feedback["id"] = "f:" + Guid.NewGuid();
        feedback["from"] = new JsonObject { ["id"] = user.Id, ["name"] = "Test User", ["aadObjectId"] = user.Aad };
        feedback["conversation"]!["id"] = user.Conversation;
        feedback["value"]!["actionValue"]!["feedback"] = new JsonObject { ["feedbackText"] = comment }.ToJsonString();
        using var response = await bot.App.PostAsync(feedback);
        response.EnsureSuccessStatusCode();
        return new Person(user, SurveyDriver.CodeOf(user), group, email, comment);
    }

    // Every stored row, in every table of this bot, that names the person in a key or a value: their code, Teams ids,
    // personal chat, e-mail address or words.
    private static async Task<List<string>> RowsAboutAsync(SurveyDriver bot, Person person)
    {
        var service = bot.App.Services.GetRequiredService<TableServiceClient>();
        var prefix = bot.App.Services.GetRequiredService<StorageOptions>().TablePrefix;
        string[] traces = [person.Code, person.User.Id, person.User.Aad, person.User.Conversation, person.Email, person.Comment];
        var found = new List<string>();
        await foreach (var table in service.QueryAsync(t => true))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal)) continue;
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                // The mark an erase leaves on the chat's questions holds only its generation and time (ErasureTests).
                if (row.ContainsKey("Erased")) continue;
                var stored = string.Join("\n", row.Select(p => $"{p.Key}={p.Value}"));
                if (traces.Any(t => stored.Contains(t, StringComparison.Ordinal))) found.Add($"{table.Name[prefix.Length..]}: {stored}");
            }
        }
        return [.. found.Order(StringComparer.Ordinal)];
    }

    private sealed record Person(SurveyUser User, string Code, string GroupChat, string Email, string Comment);
}
