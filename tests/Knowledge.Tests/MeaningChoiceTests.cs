using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Open questions: a how-question is answered by the sentence that says by what means; sentence choice by meaning
// compares each sentence as the document puts it (the embedding model itself, over the tests' own documents).
public sealed class MeaningChoiceTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-meaning-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task HowQuestion_IsAnsweredByTheSentenceThatSaysByWhatMeans()
    {
        Write("matchmaking.md", "# Export matchmaking in Tarnów\n\n" +
            "The Tarnów scheme finds foreign partners for small manufacturers in twelve countries. " +
            "The Tarnów scheme finds foreign partners for small manufacturers through a matchmaking fair held every spring. " +
            "Mentors and firms meet once a month at the chamber.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var how = await harness.AskAsync("How does the Tarnów scheme find foreign partners for small manufacturers?");
        var howMany = await harness.AskAsync("How many countries does the Tarnów scheme find partners in?");

        Assert.Contains("through a matchmaking fair", how.PlainText);
        Assert.DoesNotContain("twelve countries", how.PlainText);
        Assert.Contains("twelve countries", howMany.PlainText);
    }

    [Fact]
    public async Task WhyQuestion_IsAnsweredByTheSentenceThatGivesACause()
    {
        Write("vouchers.md", "# Trade fair vouchers in Tartu\n\n" +
            "Few craft firms in Tartu have heard of the trade fair voucher. " +
            "Craft firms rarely apply for the voucher, because the form asks for audited accounts. " +
            "The city reviews the voucher every two years.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var why = await harness.AskAsync("Why do few craft firms in Tartu apply for the trade fair voucher?");
        var who = await harness.AskAsync("How often does the city review the trade fair voucher in Tartu?");

        Assert.Contains("audited accounts", why.PlainText);
        Assert.DoesNotContain("have heard of", why.PlainText);
        Assert.Contains("every two years", who.PlainText);
    }

    [Fact]
    public async Task WhyQuestion_AnswerGoesOnWithTheFurtherCausesRightAfterIt()
    {
        Write("exports.md", "# Exports of small firms in Gdańsk\n\n" +
            "Small firms in Gdańsk export less than large ones for two reasons: few of them have staff who speak the buyers' languages. " +
            "Another cause is the cost of certifying products for each foreign market. " +
            "The chamber counted 412 exporting firms in 2023.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var why = await harness.AskAsync("Why do small firms in Gdańsk export less than large ones?");

        Assert.Contains("speak the buyers' languages", why.PlainText);
        Assert.Contains("cost of certifying products", why.PlainText);
        Assert.DoesNotContain("412", why.PlainText);
    }

    [Fact]
    public async Task WhyQuestion_IsAnsweredByTheCauseEvenWhereAnotherSentenceHoldsMoreOfItsWords()
    {
        Write("fairs.md", "# Export programmes in the Narva region\n\n" +
            "The national competitiveness programme has a budget of 2 billion € for the whole country. " +
            "In the Narva region about 90 companies used the competitiveness programme for export projects in the last period. " +
            "The partners found that regional firms rarely apply to the programme, because its calls are written for large investments.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var why = await harness.AskAsync("Why do Narva companies seldom use the competitiveness programme?");

        Assert.Contains("large investments", why.PlainText);
        Assert.DoesNotContain("90 companies", why.PlainText);
    }

    [Fact]
    public async Task WhatHoldsBackQuestion_IsAnsweredByTheObstaclesAfterTheSentenceTheyExplain()
    {
        Write("furniture.md", "# Furniture makers in the Narva region\n\n" +
            "The Narva region has about 300 furniture makers, most of them family firms. " +
            "Fewer than one in five furniture makers in the region sells abroad. " +
            "The firms name two main obstacles: they cannot find buyers, and they cannot pay for stands at trade fairs.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("What holds small Narva furniture makers back from selling abroad?");

        Assert.Contains("cannot find buyers", answer.PlainText);
    }

    [Fact]
    public async Task WhyQuestion_TheDocumentsGiveNoCauseFor_IsRefused()
    {
        Write("meeting.md", "# Final meeting of the HARBOURNET project\n\n" +
            "The HARBOURNET partners from six countries met for the final project meeting in Split on the bank of the harbour. " +
            "The partners presented their action plans to the regional stakeholders.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var why = await harness.AskAsync("Why was the HARBOURNET final meeting held in Split?");

        Assert.False(why.Found, $"answered: {why.PlainText}");
    }

    [Theory]
    [InlineData("Why do craft firms stay away from the voucher?", "en", true)]
    [InlineData("Waarom vragen zo weinig bedrijven de voucher aan?", "nl", true)]
    [InlineData("Perché le imprese non chiedono il voucher?", "it", true)]
    [InlineData("Dlaczego firmy nie korzystają z bonu?", "pl", true)]
    [InlineData("What puts craft firms off applying for the voucher?", "en", true)]
    [InlineData("What holds craft firms back from exporting?", "en", true)]
    [InlineData("What do craft firms hold in stock?", "en", false)]
    [InlineData("How do craft firms apply for the voucher?", "en", false)]
    [InlineData("What does the voucher pay for, and why?", "en", false)]
    public void QuestionOpeningWithWhy_AsksForACause(string question, string language, bool asksReason) =>
        Assert.Equal(asksReason, QuestionAnalyzer.Analyze(question, language).AsksReason);

    [Fact]
    public void Unit_IsComparedWithTheOneBeforeIt_OnlyWhenItOpensByPointingBack()
    {
        Unit[] units =
        [
            Unit.Sentence("The delegation closed the day with a boat trip offered by the city."),
            Unit.Sentence("On the second day the delegation went through the reporting of the project."),
            Unit.Sentence("The centre organises online trade missions."),
            Unit.Sentence("They do this by screening the companies that take part."),
        ];
        var passage = new PassageHit(1, 1, "visit.md", "Study visit", "", 0, "", "", "en", units, 1);
        var scored = units.Select((u, i) => new ScoredUnit(passage, i, u, new TermSet([]), 0.5, 0.2, 0, 1, false, 0.5) { About = true, PointsBack = i % 2 == 1 }).ToList();
        var compared = new List<string>();

        MeaningChoice.Choose(scored, texts => { compared.AddRange(texts); return texts.Select(_ => 0.5).ToArray(); });

        var secondDay = Assert.Single(compared, t => t.Contains("second day"));
        Assert.DoesNotContain("boat trip", secondDay);
        var screening = Assert.Single(compared, t => t.Contains("screening"));
        Assert.Contains("online trade missions", screening);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(corpus, name), text);
}
