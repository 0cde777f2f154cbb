using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// The search by meaning after the words found no answer (the embedding model itself, over the tests' own documents).
public sealed class MeaningSearchTests : IDisposable
{
    private readonly string corpus = Directory.CreateTempSubdirectory("sb-meaning-search-").FullName;

    public void Dispose() => Directory.Delete(corpus, recursive: true);

    [Fact]
    public async Task ValueQuestion_IsNotAnsweredFromAPassageThatHoldsNoneOfItsWords()
    {
        Write("varna-workshop.md", "# Export workshop in Varna\n\n" +
            "The partners met local exporters at a workshop in Varna in October. " +
            "The workshop discussed packaging rules for food exporters.");
        Write("vouchers.md", "# Vouchers\n\n" +
            "The export cheque covers half of the cost of a first market study, up to 8,000 € per company. " +
            "Firms apply online and hear back within a month.");
        var harness = new KnowledgeHarness(corpus);
        await harness.IndexAsync();

        var cost = await harness.AskAsync("Wie viel hat der Workshop in Varna gekostet?", "de");
        var cheque = await harness.AskAsync("How much does the export cheque cover?");

        Assert.False(cost.Found, cost.PlainText);
        Assert.Contains("8,000 €", cheque.PlainText);
        Assert.Equal(["vouchers.md"], cheque.Citations.Select(c => c.DocumentPath).Distinct());
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(corpus, name), text);
}
