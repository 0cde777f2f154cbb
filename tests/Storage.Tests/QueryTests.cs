using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class QueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Query_FollowsContinuationAcrossMoreThanAThousandEntities()
    {
        var table = await Tables.NewTableAsync(azurite);
        const int total = 1234;
        foreach (var chunk in Enumerable.Range(0, total).Chunk(100))
            await table.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(
                TableTransactionActionType.Add, new TableEntity("big", i.ToString("D5")) { ["N"] = i })));
        await table.AddEntityAsync(new TableEntity("other", "x") { ["N"] = -1 });

        var all = await table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"big"}")).ToListAsync();
        var pages = new List<int>();
        await foreach (var page in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"big"}"), maxPerPage: 300).AsPages())
            pages.Add(page.Values.Count);
        var servicePages = new List<int>();
        await foreach (var page in table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"big"}")).AsPages())
            servicePages.Add(page.Values.Count);

        Assert.Equal(Enumerable.Range(0, total), all.Select(e => e.GetInt32("N")!.Value));
        Assert.Equal([300, 300, 300, 300, 34], pages);
        Assert.Equal([1000, 234], servicePages);
    }

    [Fact]
    public async Task Query_WithSelectAndNoFilter_ReturnsOnlyChosenProperties()
    {
        var table = await Tables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "1") { ["A"] = "a1", ["B"] = "b1" });
        await table.AddEntityAsync(new TableEntity("p", "2") { ["A"] = "a2", ["B"] = "b2" });

        var rows = await table.QueryAsync(select: ["A"]).ToListAsync();

        Assert.Equal(["a1", "a2"], rows.Select(r => r.GetString("A")));
        Assert.All(rows, r => Assert.False(r.ContainsKey("B")));
        Assert.All(rows, r => Assert.NotEqual(default, r.ETag));
    }

    private static readonly string[] Hostile =
    [
        "'",
        "''",
        "' or 1 eq 1",
        "' or PartitionKey ne '",
        "x') or (true",
        "Zoë & Ærø — 日本語 😀",
        "tab\there\nnewline\u0001\u001f\u007f",
        "%27%20or%201%20eq%201",
        "a+b=c&d",
        "",
    ];

    public static TheoryData<string> HostileValues => new(Hostile);

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task CreateQueryFilter_HostileValue_MatchesExactlyThatEntity(string hostile)
    {
        var table = await Tables.NewTableAsync(azurite);
        var values = Hostile.Append("plain").ToList();
        for (var i = 0; i < values.Count; i++) await table.AddEntityAsync(new TableEntity("p", i.ToString("D2")) { ["Name"] = values[i] });

        var matches = await table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {"p"} and Name eq {hostile}")).ToListAsync();

        var match = Assert.Single(matches);
        Assert.Equal(hostile, match.GetString("Name"));
    }

    [Fact]
    public async Task CreateQueryFilter_HostileKeyValues_AddressExactlyOneEntity()
    {
        var table = await Tables.NewTableAsync(azurite);
        string[] keys = ["O'Brien", "' or 1 eq 1", "Zoë 😀", "a+b&c=d%20e", "plain"];
        foreach (var key in keys) await table.AddEntityAsync(new TableEntity(key, key) { ["K"] = key });

        foreach (var key in keys)
        {
            var byFilter = await table.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey eq {key}")).ToListAsync();
            var byPoint = (await table.GetEntityAsync(key, key)).Value;
            Assert.Equal(key, Assert.Single(byFilter).GetString("K"));
            Assert.Equal(key, byPoint.GetString("K"));
        }
    }

    [Fact]
    public async Task CreateQueryFilter_TypedValues_CompareAsTheirEdmTypes()
    {
        var table = await Tables.NewTableAsync(azurite);
        var day = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        for (var i = 0; i < 5; i++)
            await table.AddEntityAsync(new TableEntity("p", i.ToString()) {
                ["Long"] = 10_000_000_000L + i, ["Int"] = i, ["Double"] = i + 0.5, ["Flag"] = i % 2 == 0,
                ["When"] = day.AddDays(i), ["Id"] = ids[i], ["Bytes"] = new[] { (byte)i, (byte)0xAB } });

        async Task<string[]> Rows(FormattableString filter) =>
            (await table.QueryAsync(TableClient.CreateQueryFilter(filter)).ToListAsync()).Select(e => e.RowKey).ToArray();

        Assert.Equal(["3", "4"], await Rows($"Long gt {10_000_000_002L}"));
        Assert.Equal(["0", "1"], await Rows($"Int lt {2}"));
        Assert.Equal(["2", "3", "4"], await Rows($"Double ge {2.5}"));
        Assert.Equal(["1", "3"], await Rows($"Flag eq {false}"));
        Assert.Equal(["0", "1"], await Rows($"When lt {day.AddDays(2).ToOffset(TimeSpan.FromHours(5))}"));
        Assert.Equal(["2"], await Rows($"Id eq {ids[2]}"));
        Assert.Equal(["4"], await Rows($"Bytes eq {new byte[] { 4, 0xAB }}"));
    }
}
