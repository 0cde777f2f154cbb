using Azure;
using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TransactionTests(AzuriteFixture azurite)
{
    private static TableTransactionAction Add(string rk, int n) => new(TableTransactionActionType.Add, new TableEntity("p", rk) { ["N"] = n });

    [Fact]
    public async Task SubmitTransaction_HundredActions_AppliesAllAndReturnsEachETag()
    {
        var table = await Tables.NewTableAsync(azurite);

        var result = await table.SubmitTransactionAsync(Enumerable.Range(0, 100).Select(i => Add(i.ToString("D3"), i)));

        Assert.Equal(100, result.Value.Count);
        Assert.All(result.Value, r => Assert.Equal(204, r.Status));
        var stored = await table.QueryAsync().ToListAsync();
        Assert.Equal(100, stored.Count);
        Assert.Equal(result.Value.Select(r => r.Headers.ETag), stored.OrderBy(e => e.RowKey, StringComparer.Ordinal).Select(e => (ETag?)e.ETag));
    }

    [Fact]
    public async Task SubmitTransaction_MixedActions_ApplyTogether()
    {
        var table = await Tables.NewTableAsync(azurite);
        var etag = (await table.AddEntityAsync(new TableEntity("p", "update") { ["N"] = 1, ["Keep"] = "k" })).Headers.ETag!.Value;
        await table.AddEntityAsync(new TableEntity("p", "delete"));
        await table.AddEntityAsync(new TableEntity("p", "replace") { ["Old"] = "o" });

        await table.SubmitTransactionAsync([
            new(TableTransactionActionType.UpdateMerge, new TableEntity("p", "update") { ["N"] = 2 }, etag),
            new(TableTransactionActionType.Delete, new TableEntity("p", "delete")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("p", "replace") { ["New"] = "n" }),
            new(TableTransactionActionType.UpsertMerge, new TableEntity("p", "fresh") { ["F"] = "f" }),
        ]);

        var updated = (await table.GetEntityAsync("p", "update")).Value;
        var replaced = (await table.GetEntityAsync("p", "replace")).Value;
        Assert.Equal((2, "k"), (updated.GetInt32("N"), updated.GetString("Keep")));
        Assert.False((await table.GetEntityIfExistsAsync("p", "delete")).HasValue);
        Assert.Equal((null, "n"), (replaced.GetString("Old"), replaced.GetString("New")));
        Assert.Equal("f", (await table.GetEntityAsync("p", "fresh")).Value.GetString("F"));
    }

    [Fact]
    public async Task SubmitTransaction_OneActionFails_NothingIsAppliedAndTheIndexIsReported()
    {
        var table = await Tables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "taken") { ["N"] = -1 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(
            [Add("a", 1), Add("b", 2), Add("taken", 3), Add("c", 4)]));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
        Assert.Equal(2, error.FailedTransactionActionIndex);
        Assert.Equal("taken", error.FailedAction?.Entity.RowKey);
        var stored = await table.QueryAsync().ToListAsync();
        Assert.Equal(-1, Assert.Single(stored).GetInt32("N"));
    }

    [Fact]
    public async Task SubmitTransaction_StaleETag_FailsWith412AndLeavesEverything()
    {
        var table = await Tables.NewTableAsync(azurite);
        var stale = (await table.AddEntityAsync(new TableEntity("p", "x") { ["N"] = 1 })).Headers.ETag!.Value;
        await table.UpsertEntityAsync(new TableEntity("p", "x") { ["N"] = 2 });

        var error = await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync([
            Add("new", 1),
            new(TableTransactionActionType.UpdateReplace, new TableEntity("p", "x") { ["N"] = 3 }, stale),
        ]));

        Assert.Equal(412, error.Status);
        Assert.Equal(1, error.FailedTransactionActionIndex);
        Assert.False((await table.GetEntityIfExistsAsync("p", "new")).HasValue);
        Assert.Equal(2, (await table.GetEntityAsync("p", "x")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task SubmitTransaction_InvalidShapes_AreRejectedBeforeSending()
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(Tables.NewName()); // never created

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(Enumerable.Range(0, 101).Select(i => Add(i.ToString(), i))));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(
            [Add("a", 1), new(TableTransactionActionType.Add, new TableEntity("other", "b"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync([Add("a", 1), Add("a", 2)]));
    }
}
