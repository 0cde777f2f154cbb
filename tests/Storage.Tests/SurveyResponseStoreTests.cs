using StakeholderBot.Storage.Surveys;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class SurveyResponseStoreTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StoreHost _host = new(azurite.ConnectionString, StoreHost.NewPrefix());

    public void Dispose() => _host.Dispose();

    private SurveyResponseStore Store => new(_host.Tables);

    private static SurveyResponse Response(string id, string region = "Lombardy", string survey = "export-readiness",
        Dictionary<string, object>? answers = null) =>
        new(survey, region, id, 2, "respondent-" + id, "it", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), 14, "ready",
            answers ?? new() { ["q1"] = "yes" });

    [Fact]
    public async Task List_ReadsEveryPageOfALargeSurvey_AndOneRegionOnItsOwn()
    {
        string[] regions = ["Lombardy", "Pomurje", "Noord-Brabant"];
        var ids = Enumerable.Range(0, 1234).Select(i => i.ToString("D5")).ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (id, _) => await Store.AddAsync(Response(id, regions[int.Parse(id) % 3])));

        var all = await Store.ListAsync("export-readiness");
        var pomurje = await Store.ListAsync("export-readiness", "Pomurje");

        Assert.Equal(ids, all.Select(r => r.ResponseId).Order());
        Assert.Equal(ids.Where(id => int.Parse(id) % 3 == 1), pomurje.Select(r => r.ResponseId).Order());
    }

    [Fact]
    public async Task List_HostileRegionOrSurveyId_MatchesOnlyItself()
    {
        string[] hostile = ["'", "' or 1 eq 1", "x') or (true", "' or PartitionKey ne '", "Zoë & Ærø 😀", "a+b=c&d%27", "tab\there"];
        foreach (var value in hostile)
        {
            await Store.AddAsync(Response("r-region", region: value));
            await Store.AddAsync(Response("r-survey", survey: value));
        }
        await Store.AddAsync(Response("plain"));

        foreach (var value in hostile)
        {
            Assert.Equal(value, Assert.Single(await Store.ListAsync("export-readiness", value)).Region);
            Assert.Equal(value, Assert.Single(await Store.ListAsync(value)).SurveyId);
        }
        Assert.Equal(hostile.Length + 1, (await Store.ListAsync("export-readiness")).Count);
    }

    [Fact]
    public async Task Answers_AreReadBackWithTheTypesTheyWereStoredAs()
    {
        var answers = new Dictionary<string, object>
        {
            ["markets"] = "Germany, Austria", ["employees"] = 12L, ["turnover_share"] = 0.35, ["readiness"] = 4, ["exports_now"] = true,
            ["started"] = "2019-04-01",
        };

        await Store.AddAsync(Response("typed", answers: answers));
        var stored = Assert.Single(await Store.ListAsync("export-readiness", "Lombardy"));

        Assert.Equal(answers, stored.Answers);
        Assert.Equal(answers.Values.Select(v => v.GetType()), answers.Keys.Select(k => stored.Answers[k].GetType()));
        Assert.Equal((2, "respondent-typed", "it", 14, "ready"), (stored.SurveyVersion, stored.Respondent, stored.Language, stored.Score, stored.Band));
    }

    [Fact]
    public async Task Add_TheSameResponseTwice_StoresItOnce()
    {
        Assert.True(await Store.AddAsync(Response("r1")));
        Assert.False(await Store.AddAsync(Response("r1", answers: new() { ["q1"] = "changed" })));

        Assert.Equal("yes", Assert.Single(await Store.ListAsync("export-readiness")).Answers["q1"]);
    }
}
