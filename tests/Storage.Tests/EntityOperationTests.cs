using Azure;
using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class EntityOperationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CreateIfNotExists_SecondCallSucceedsWithoutError()
    {
        var table = await Tables.NewTableAsync(azurite);
        var again = await table.CreateIfNotExistsAsync();
        Assert.Equal(409, again.GetRawResponse().Status);
        Assert.Equal(table.Name, again.Value.Name);
    }

    [Fact]
    public async Task DeleteTable_RemovesItAndItsEntities()
    {
        var table = await Tables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var deleted = await table.DeleteAsync();
        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r2")));

        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, error.Status);
        Assert.Equal("TableNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task AddThenGet_RoundTripsEveryEdmType()
    {
        var table = await Tables.NewTableAsync(azurite);
        var when = new DateTimeOffset(2026, 3, 4, 5, 6, 7, 891, TimeSpan.FromHours(2)).AddTicks(2345);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "héllo 'quoted' 日本",
            ["Small"] = 42,
            ["Big"] = 9_007_199_254_740_993L,
            ["Whole"] = 3.0,
            ["Ratio"] = 0.1,
            ["Flag"] = true,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        };

        var added = await table.AddEntityAsync(entity);
        var stored = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal("héllo 'quoted' 日本", stored.GetString("Text"));
        Assert.Equal(42, stored.GetInt32("Small"));
        Assert.Equal(9_007_199_254_740_993L, stored.GetInt64("Big"));
        Assert.IsType<double>(stored["Whole"]);
        Assert.Equal(3.0, stored.GetDouble("Whole"));
        Assert.Equal(0.1, stored.GetDouble("Ratio"));
        Assert.True(stored.GetBoolean("Flag"));
        Assert.Equal(when, stored.GetDateTimeOffset("When"));
        Assert.Equal(id, stored.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 254, 255 }, stored.GetBinary("Bytes"));
        Assert.NotNull(stored.Timestamp);
        Assert.Equal(added.Headers.ETag, stored.ETag);
    }

    [Fact]
    public async Task AddEntity_Duplicate_Throws409EntityAlreadyExists()
    {
        var table = await Tables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, error.Status);
        Assert.Equal("EntityAlreadyExists", error.ErrorCode);
    }

    [Fact]
    public async Task UpdateEntity_StaleETag_Throws412AndKeepsTheNewerWrite()
    {
        var table = await Tables.NewTableAsync(azurite);
        var first = (await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 })).Headers.ETag!.Value;
        var second = (await table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 2 }, first, TableUpdateMode.Replace)).Headers.ETag!.Value;

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "r") { ["N"] = 3 }, first, TableUpdateMode.Replace));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.NotEqual(first, second);
        var stored = (await table.GetEntityAsync("p", "r")).Value;
        Assert.Equal(2, stored.GetInt32("N"));
        Assert.Equal(second, stored.ETag);
    }

    [Fact]
    public async Task UpsertMerge_KeepsOtherProperties_UpsertReplace_DropsThem()
    {
        var table = await Tables.NewTableAsync(azurite);
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Replace);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge);
        var merged = (await table.GetEntityAsync("p", "r")).Value;
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = "c" }, TableUpdateMode.Replace);
        var replaced = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal(("a", "b2"), (merged.GetString("A"), merged.GetString("B")));
        Assert.Equal((null, null, "c"), (replaced.GetString("A"), replaced.GetString("B"), replaced.GetString("C")));
    }

    [Fact]
    public async Task UpdateEntity_Merge_WithCurrentETag_ChangesOnlyGivenProperties()
    {
        var table = await Tables.NewTableAsync(azurite);
        var etag = (await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" })).Headers.ETag!.Value;

        var updated = await table.UpdateEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, etag, TableUpdateMode.Merge);

        var stored = (await table.GetEntityAsync("p", "r")).Value;
        Assert.Equal(("a", "b2"), (stored.GetString("A"), stored.GetString("B")));
        Assert.Equal(updated.Headers.ETag, stored.ETag);
    }

    [Fact]
    public async Task UpdateEntity_Missing_Throws404()
    {
        var table = await Tables.NewTableAsync(azurite);
        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(new TableEntity("p", "nobody"), ETag.All));
        Assert.Equal(404, error.Status);
        Assert.Equal("ResourceNotFound", error.ErrorCode);
    }

    [Fact]
    public async Task DeleteEntity_StaleETagFails_CurrentETagDeletes_MissingIsNoError()
    {
        var table = await Tables.NewTableAsync(azurite);
        var first = (await table.AddEntityAsync(new TableEntity("p", "r"))).Headers.ETag!.Value;
        var second = (await table.UpsertEntityAsync(new TableEntity("p", "r") { ["X"] = 1 })).Headers.ETag!.Value;

        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => table.DeleteEntityAsync("p", "r", first));
        await table.DeleteEntityAsync("p", "r", second);
        var again = await table.DeleteEntityAsync("p", "r");

        Assert.Equal(412, stale.Status);
        Assert.False((await table.GetEntityIfExistsAsync("p", "r")).HasValue);
        Assert.Equal(404, again.Status);
    }

    [Fact]
    public async Task GetEntityIfExists_Missing_HasNoValue_SelectReturnsOnlyChosenProperties()
    {
        var table = await Tables.NewTableAsync(azurite);
        await table.AddEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        var missing = await table.GetEntityIfExistsAsync("p", "absent");
        var selected = (await table.GetEntityIfExistsAsync("p", "r", ["A"])).Value!;

        Assert.False(missing.HasValue);
        Assert.Equal("a", selected.GetString("A"));
        Assert.False(selected.ContainsKey("B"));
    }
}
