using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// "Which public bodies did ...?" picks bodies: the head of the phrase, which a document may write inside a name
// ("the Managing Boards/Regional Bodies"); a qualifier stands for it only where the documents never use the head.
public sealed class PickedThingTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    private async Task<KnowledgeHarness> IndexAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "harbour.md"), """
            # HARBOURNET project: final meeting

            At the final meeting the HARBOURNET partners showed the Harbour Boards/Regional Funding Bodies how the grants for port firms could be simplified.

            Press contact for the meeting: Ana Kovač, public relations, Harbour Agency.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }

    [Fact]
    public async Task WhichPublicBodies_IsAnsweredByTheBodiesANameHolds()
    {
        var harness = await IndexAsync();

        var answer = await harness.AskAsync("To which public bodies did the HARBOURNET partners show how grants could be simplified?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Regional Funding Bodies", answer.PlainText);
    }

    [Fact]
    public async Task WhichQualifiedThing_TheDocumentsNeverName_IsPickedByItsQualifier()
    {
        File.WriteAllText(Path.Combine(corpus, "valley.md"), """
            # Valley voucher scheme

            The voucher helped Mooncut, a small record label, to hire a sales adviser for Germany.
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("Which record maker was helped by the voucher?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Mooncut", answer.PlainText);
    }

    [Fact]
    public async Task WhichPartnerOfACountry_IsAnsweredFromTheCaptionedListByItsCountryCode()
    {
        File.WriteAllText(Path.Combine(corpus, "ports.txt"), """
            HARBOURNET

            Project summary

            HARBOURNET brings together five partners from port regions around the North Sea and the Adriatic to improve export support.

            Partners
              • Port Agency of Split (HR)
              • Municipality of Piran (SI)
              • Harbour Business Park Emden (DE)
              • Port of Aveiro Export Desk (PT)
              • Klaipėda Port Incubator (LT)
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("Which Slovenian partner takes part in HARBOURNET?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Municipality of Piran", answer.PlainText);
        Assert.DoesNotContain("Split", answer.PlainText);
    }
}
