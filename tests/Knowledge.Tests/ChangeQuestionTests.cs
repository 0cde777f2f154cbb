using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// "Has interest grown or shrunk?": a yes/no question about a rise or fall is answered by the sentence saying which way
// the thing asked about went, and by nothing that only shares its words.
public sealed class ChangeQuestionTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    private async Task<KnowledgeHarness> IndexAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "lakeside.md"), """
            # Lakeside export grant

            The Lakeside export grant pays up to half of the cost of a first sales trip abroad. It was opened in three
            calls between 2020 and 2023.

            Interest from craft firms in the Lakeside export grant calls is followed by the regional chamber of crafts.

            The number of craft firms applying has dropped sharply since the first call, mostly because the forms are only in English.

            The managing authority aims at increasing the exports of food producers.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }

    [Fact]
    public async Task RiseOrFallQuestion_IsAnsweredByTheSentenceSayingWhichWayItWent()
    {
        var harness = await IndexAsync();

        var answer = await harness.AskAsync("Has interest from craft firms in the Lakeside export grant grown or shrunk over the calls?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("dropped sharply", answer.PlainText);
        Assert.EndsWith("lakeside.md", answer.Citations.Single().DocumentPath);
    }

    // "The number of": a yes/no question about how a number went asks which way, not for the number.
    [Fact]
    public async Task DidTheNumberGoDown_IsAnsweredByTheSentenceSayingItDid()
    {
        var harness = await IndexAsync();

        var answer = await harness.AskAsync("Did the number of craft firms applying for the Lakeside export grant go down?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("dropped sharply", answer.PlainText);
    }

    // A goal ("aims at increasing the exports") says nothing of how the exports went.
    [Fact]
    public async Task RiseQuestion_OverAGoalOnly_IsRefused()
    {
        var harness = await IndexAsync();

        var answer = await harness.AskAsync("Have the exports of food producers increased?");

        Assert.False(answer.Found, answer.PlainText);
        Assert.Empty(answer.Citations);
    }

    // The number of firms fell; the question asks about sales trips abroad, which only a sentence saying nothing of a fall
    // names.
    [Fact]
    public async Task RiseOrFallQuestion_AboutAnotherThingThanTheOneThatFell_IsRefused()
    {
        var harness = await IndexAsync();

        var answer = await harness.AskAsync("Has interest in sales trips abroad under the Lakeside export grant gone down?");

        Assert.False(answer.Found, answer.PlainText);
        Assert.Empty(answer.Citations);
    }

    // A list is read with its items: the fall they report is an answer as a sentence's is.
    [Fact]
    public async Task RiseOrFallQuestion_IsAnsweredByAListItemSayingSo()
    {
        File.WriteAllText(Path.Combine(corpus, "results.md"), """
            # Harbour voucher results

            Results after two years:

            - the number of voucher applications from fishing firms dropped by a third
            - twelve firms went to a trade fair for the first time
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("Did the number of voucher applications from fishing firms go down?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("dropped by a third", answer.PlainText);
    }

    [Theory]
    [InlineData("Has interest in the grant grown or shrunk?", true)]
    [InlineData("Did the number of firms applying go down in the second call?", true)]
    [InlineData("How many firms applied in the second call?", false)]
    [InlineData("What measures increase the exports of small firms?", false)]
    public void Question_AboutARiseOrFall_AsksWhichWayItWent(string question, bool asksChange) =>
        Assert.Equal(asksChange, StakeholderBot.Knowledge.Answering.QuestionAnalyzer.Analyze(question, "en").AsksChange);
}
