using Azure.Data.Tables;
using StakeholderBot.Storage.Limits;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// The shared count of questions per user: instances counting at once lose no question, the window slides, and rows
// out of the hour are removed.
[Collection(AzuriteCollection.Name)]
public sealed class QuestionCountsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StoreHost _host = new(azurite.ConnectionString, StoreHost.NewPrefix());
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 12, 6, 9, 2, 0, TimeSpan.Zero));

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task TwoInstancesCountingAtOnce_CountEveryQuestion()
    {
        var a = new QuestionCounts(_host.Tables, _clock);
        var b = new QuestionCounts(_host.Tables, _clock);

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? a : b).TryTakeAsync("code-1", limit: 100)));

        Assert.All(taken, Assert.Null);
        var rows = await _host.Client.GetTableClient(_host.Tables.NameOf(QuestionCounts.TableName)).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal(8, rows.Sum(r => r.GetInt32("Count")));
    }

    [Fact]
    public async Task AtTheLimit_SaysWhenTheOldestSegmentLeavesTheHour_ThenCountsAgain()
    {
        var counts = new QuestionCounts(_host.Tables, _clock);
        Assert.Null(await counts.TryTakeAsync("code-2", limit: 2));
        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Null(await counts.TryTakeAsync("code-2", limit: 2));

        Assert.Equal(TimeSpan.FromMinutes(38), await counts.TryTakeAsync("code-2", limit: 2));
        Assert.Null(await counts.TryTakeAsync("code-3", limit: 2));
        _clock.Advance(TimeSpan.FromMinutes(38));
        Assert.Null(await counts.TryTakeAsync("code-2", limit: 2));

        Assert.Equal(0, await counts.RemoveExpiredAsync());
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(3, await counts.RemoveExpiredAsync());
    }
}
