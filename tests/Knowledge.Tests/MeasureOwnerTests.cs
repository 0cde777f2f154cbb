using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// A sum named by what it is ("the budget of X") answers only where the sentence's own owner of that sum is X: the words
// before it in its clause ("The programme has a budget of ..."), the words after it ("the cost of a market study"), read
// with the heading they stand under; an owner naming nothing is what the places around it are about.
public sealed class MeasureOwnerTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-corpus-").FullName;

    public MeasureOwnerTests()
    {
        File.WriteAllText(Path.Combine(corpus, "instruments.md"), """
            # Border regions: policy instruments

            ## Coastal region: ERDF operational programme

            The programme has an overall budget of 12,400,000 €. Its mentoring action trains young founders in the harbour towns for two years.

            Partner: Coastal Development Agency, which also leads a trade mission to Norway every spring

            ## Valley region: regional voucher scheme

            Export support is offered through a voucher, which covers half of the cost of a first market study, up to 8,000 € per company.

            Partner: Valley Chamber of Crafts
            """);
        File.WriteAllText(Path.Combine(corpus, "summary.txt"), """
            SEA BRIDGE

            Project summary

            SEA BRIDGE brings together five partners from island regions to improve the policies that help small firms export.

            Duration: 01/01/2024 – 31/12/2027; Total budget: 1 650 000 EUR

            Lead partner: Island Agency of Morvik (NO)

            Partners
              • Island Agency of Morvik
              • Chamber of Commerce of Portavik
            """);
    }

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    private async Task<KnowledgeHarness> IndexedAsync()
    {
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();
        return harness;
    }

    [Fact]
    public async Task BudgetOfAnAction_WhereOnlyItsProgrammesBudgetIsGiven_IsRefused()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of the coastal mentoring action?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task BudgetOfTheProgramme_TheSentenceIsAbout_IsAnswered()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of the coastal programme?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("12,400,000", answer.PlainText);
        Assert.EndsWith("instruments.md", answer.Citations.Single().DocumentPath);
    }

    // "What did ... cost?" asks for a sum as "what is the cost of ...?" does, though its measure word comes last.
    [Fact]
    public async Task WhatDidItCost_WhereTheDocumentsGiveNoSum_IsRefused()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What did the trade mission to Norway cost?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task WhatDidItCost_IsAnsweredByTheSumOfWhatItNames()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What did a first market study cost in the valley region?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("8,000", answer.PlainText);
    }

    [Fact]
    public async Task CostOfAnEvent_WhereOnlyTheCostOfAStudyIsGiven_IsRefused()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the cost of the valley trade mission?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
    }

    [Fact]
    public async Task BudgetOfAPartner_WhereOnlyTheProjectsTotalIsGiven_IsRefused()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Jaki jest budżet Izby Handlowej w Portaviku?", "pl");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
    }

    // The project's document describes the programmes it works on; a budget under a question about them belongs to a
    // programme or to its priority axis, whatever the sentence before names.
    [Fact]
    public async Task BudgetOfTheProject_WhereOnlyItsProgrammesBudgetsAreGiven_IsRefused()
    {
        File.WriteAllText(Path.Combine(corpus, "fjord-link.txt"), """
            Project summary

            FJORD LINK helps regional authorities in fjord regions to improve their support for exporting firms.

            Which programmes does the project address?

            The ERDF OP Nordland, with an overall budget of 512,300 000 € is built around four priority axes, of which the third is central to the FJORD LINK project. This priority axis with a budget of 96.4 M€ covers the internationalisation of small firms.
            """);
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of FJORD LINK?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
    }

    [Fact]
    public async Task BudgetOfTheProject_SaidOfTheProjectInItsOwnDocument_IsAnswered()
    {
        File.WriteAllText(Path.Combine(corpus, "river-trade.txt"), """
            RIVER TRADE

            RIVER TRADE brings together six partners along the river to help small firms export.

            The project has a budget of 2.1 million euro, mostly from the ERDF.
            """);
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of RIVER TRADE?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("2.1 million euro", answer.PlainText);
    }

    // "How much does X cost?" names the sum as "the cost of X" does: a sum the sentence does not call a cost is not it.
    [Fact]
    public async Task HowMuchACostIs_AnsweredOnlyBySumsNamedSoForWhatTheQuestionNames()
    {
        File.WriteAllText(Path.Combine(corpus, "northport.md"), """
            # Northport: trade fair support

            The calls of measure 2.1 supported small firms presenting their products at trade fairs (310 applications, 40% granted with 6.2 M € in total).

            Partner: Northport Science Park
            """);
        File.WriteAllText(Path.Combine(corpus, "southmere.md"), """
            # Southmere: mentoring

            The Southmere mentoring programme costs 450,000 € a year.
            """);
        var harness = await IndexedAsync();

        var refused = await harness.AskAsync("Quanto costa il programma di accelerazione di Northport?", "it");
        var answered = await harness.AskAsync("How much does the Southmere mentoring programme cost?");

        Assert.False(refused.Found, $"answered: {refused.PlainText}");
        Assert.True(answered.Found, "no answer");
        Assert.Contains("450,000 €", answered.PlainText);
    }

    // A name of several words owns the sum only where its words stand together: one in the owner and one in the heading
    // name two things.
    [Fact]
    public async Task BudgetOfANameOfSeveralWords_WhereTheOwnerSharesOnlyOneOfThem_IsRefused()
    {
        File.WriteAllText(Path.Combine(corpus, "funds.md"), """
            # Regional funds

            ## Link roads for small ports

            The Harbour Fund has a budget of 3,200,000 €.
            """);
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the budget of HARBOUR LINK?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
    }

    // "Who is the lead partner of X?" asks a role of X: the lead beneficiary of a scheme X's document describes is not it.
    [Fact]
    public async Task RoleOfAProject_WhereOnlyTheRoleOfAnotherThingIsGiven_IsRefused()
    {
        File.WriteAllText(Path.Combine(corpus, "fjord-schemes.md"), """
            # FJORD LINK: schemes and partners

            FJORD LINK is an Interreg Europe project on the export support that small firms in fjord regions receive.

            ## Coastal region: cross-border grant scheme

            The cross-border programme has three priority axes. Its only measure is a grant scheme, which gives small grants to firms on both sides of the border. The lead beneficiary of the scheme is the Nordic agency NORAVEK.

            Partner: Coastal Development Agency

            ## Valley region: voucher programme

            The voucher programme pays half of a first market study.

            Partner: Valley Chamber of Crafts
            """);
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Who is the lead partner of FJORD LINK?");

        Assert.False(answer.Found, $"answered: {answer.PlainText}");
    }

    [Fact]
    public async Task RoleOfAProject_OnItsFieldLine_IsAnswered()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Who is the lead partner of SEA BRIDGE?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("Island Agency of Morvik", answer.PlainText);
        Assert.EndsWith("summary.txt", answer.Citations.Single().DocumentPath);
    }

    [Fact]
    public async Task RoleOfAProject_SaidInASentenceOfItsOwnDocument_IsAnswered()
    {
        File.WriteAllText(Path.Combine(corpus, "harbour-link.txt"), """
            HARBOUR LINK: helping seafood firms export

            HARBOUR LINK is an Interreg project for small seafood processors in three harbour regions.

            The lead partner is the Tidewater Enterprise Agency. It reports to the programme every six months.
            """);
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("Who is the lead partner of HARBOUR LINK?");

        Assert.Contains("Tidewater Enterprise Agency", answer.PlainText);
        Assert.EndsWith("harbour-link.txt", answer.Citations.Single().DocumentPath);
    }

    // In another language the thing asked about may be a word the English documents do not know: its country alone does
    // not say which of that country's things it is.
    [Fact]
    public async Task BudgetOfAnUnknownThingOfACountry_IsRefused_AndOfItsProgrammeAnswered()
    {
        File.WriteAllText(Path.Combine(corpus, "border.md"), """
            # Border programmes

            ## Hungary and Slovakia: cross-border programme

            The Hungary-Slovakia cooperation programme has a total budget of 42.5 M€.

            Partner: Danube Border Agency
            """);
        var harness = await IndexedAsync();

        var refused = await harness.AskAsync("Wat is het budget van de Hongaarse regeling?", "nl");
        var answered = await harness.AskAsync("Wat is het budget van het Hongaarse programma?", "nl");

        Assert.False(refused.Found, $"answered: {refused.PlainText}");
        Assert.True(answered.Found, "no answer");
        Assert.Contains("42.5 M€", answered.PlainText);
    }

    [Fact]
    public async Task TotalBudgetOfTheProject_OnAFieldLine_IsAnswered()
    {
        var harness = await IndexedAsync();

        var answer = await harness.AskAsync("What is the total budget of SEA BRIDGE?");

        Assert.True(answer.Found, "no answer");
        Assert.Contains("1 650 000 EUR", answer.PlainText);
        Assert.EndsWith("summary.txt", answer.Citations.Single().DocumentPath);
    }
}
