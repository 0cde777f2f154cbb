using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// A document without headings whose descriptions each close with a list of the partners working on them, as
// programme fact sheets do: a value belongs to the description it stands in, not to the list just before it.
public sealed class SectionBindingTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task ValueQuestion_NamingAPartnerListedAfterADescription_IsAnsweredFromThatDescription()
    {
        File.WriteAllText(Path.Combine(corpus, "programmes.md"), """
            # Regional programmes of the partnership

            The first regional programme supports crafts firms in coastal towns.

            It has a total budget of 3.5 million euro.

            Which partners work on this?

            - Harbour Agency Nordhavn
            - Chamber of Trade Westport

            The second regional programme supports food producers in the hills.

            It has a total budget of 9.1 million euro.

            Which partners work on this?

            - Valley Agency Eastmoor
            - Hill Council Southdale
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("What is the total budget of the programme that Harbour Agency Nordhavn works on?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("3.5 million", answer.PlainText);
    }

    // The budget opens the section under the next heading: the partners listed at the end of the one before are not its
    // subject.
    [Fact]
    public async Task ValueQuestion_NamingAPartnerOfTheSectionBefore_IsRefused()
    {
        File.WriteAllText(Path.Combine(corpus, "instruments.md"), """
            # Regional instruments

            ## Coastal programme

            The programme supports crafts firms in coastal towns: they receive funding for their first trade fair.

            Partners: Nordhavn Harbour Agency; Westport Chamber of Trade

            ## Valley programme

            The programme has an overall budget of 9,100,000 €.

            Partners: Eastmoor Valley Agency
            """);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var answer = await harness.AskAsync("How much funding does the Nordhavn agency receive?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    private async Task<KnowledgeHarness> IndexFactSheetAsync()
    {
        File.WriteAllText(Path.Combine(corpus, "factsheet.md"), """
            # What policy instruments does the project address?

            The regional programme has a budget of 2.1 billion euro and seven priority axes.

            Next door, the Moor-Fjord cross-border programme has no priority for small firms at all.

            The programme underrates how much small firms could gain from selling abroad: the chance is not explained to them and they get no joint training.

            Which partners are working on this?

            - Moorland Regional Development Agency
            - Chamber of Crafts Moorland East
            """);
        // Other regions' programmes, so that a programme's name tells one passage from the others.
        File.WriteAllLines(Path.Combine(corpus, "others.md"), ["# Other regional programmes", "", ..new[] { "Westbay", "Northcliff", "Eastmoor", "Southdale", "Lakeside", "Hillcrest", "Rivermouth" }
            .SelectMany(region => new[] { $"## {region}", "", $"The {region} programme gives firms grants for trade fairs and advice on new markets. It opens two calls a year.", "" })]);
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }

    // The partners listed at the end name what the description is about; the other programme named a sentence earlier is
    // not the subject of the sentence that answers, which says what is asked in words of its own.
    [Fact]
    public async Task OpenQuestion_NamingAPartnerListedAfterADescription_IsAnsweredFromItDespiteAnotherProgrammeNamedBefore()
    {
        var harness = await IndexFactSheetAsync();

        var answer = await harness.AskAsync("What weaknesses does the programme of the Moorland Regional Development Agency show in helping small firms to sell abroad?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("not explained to them", answer.PlainText);
    }

    // A list of partners names them; it says nothing else, however many of the question's words its caption and names hold.
    [Fact]
    public async Task OpenQuestion_IsNotAnsweredByAListOfPartners()
    {
        var harness = await IndexFactSheetAsync();

        var answer = await harness.AskAsync("What are the partners of the Moorland Regional Development Agency working on for crafts?");

        Assert.DoesNotContain("Chamber of Crafts", answer.PlainText);
    }
}
