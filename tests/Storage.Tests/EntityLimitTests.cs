using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class EntityLimitTests(AzuriteFixture azurite)
{
    private static TableEntity WithStrings(int count, int length)
    {
        var entity = new TableEntity("p", Guid.NewGuid().ToString("N"));
        for (var i = 0; i < count; i++) entity["S" + i] = new string((char)('a' + i % 26), length);
        return entity;
    }

    [Fact]
    public async Task LargestAllowedValues_AreStoredWhole()
    {
        var table = await Tables.NewTableAsync(azurite);
        var longString = WithStrings(1, TableEntityRules.MaxStringChars);
        var manyProperties = new TableEntity("p", "many");
        for (var i = 0; i < TableEntityRules.MaxCustomProperties; i++) manyProperties["P" + i] = i;
        var nearlyOneMiB = WithStrings(15, TableEntityRules.MaxStringChars);

        await table.AddEntityAsync(longString);
        await table.AddEntityAsync(manyProperties);
        await table.AddEntityAsync(nearlyOneMiB);

        Assert.Equal(TableEntityRules.MaxStringChars, (await table.GetEntityAsync("p", longString.RowKey)).Value.GetString("S0")!.Length);
        Assert.Equal(TableEntityRules.MaxCustomProperties + 3, (await table.GetEntityAsync("p", "many")).Value.Count);
        var big = (await table.GetEntityAsync("p", nearlyOneMiB.RowKey)).Value;
        Assert.All(Enumerable.Range(0, 15), i => Assert.Equal(TableEntityRules.MaxStringChars, big.GetString("S" + i)!.Length));
    }

    [Fact]
    public async Task StringOver64KiB_IsRejectedNamingTheProperty()
    {
        var table = await Tables.NewTableAsync(azurite);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(WithStrings(1, TableEntityRules.MaxStringChars + 1)));
        Assert.Contains("'S0'", error.Message);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task EntityOver1MiB_IsRejected()
    {
        var table = await Tables.NewTableAsync(azurite);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.UpsertEntityAsync(WithStrings(16, TableEntityRules.MaxStringChars)));
        Assert.Contains("1 MiB", error.Message);
        Assert.Empty(await table.QueryAsync().ToListAsync());
    }

    [Fact]
    public async Task MoreThan252Properties_AreRejected()
    {
        var table = await Tables.NewTableAsync(azurite);
        var entity = new TableEntity("p", "r");
        for (var i = 0; i <= TableEntityRules.MaxCustomProperties; i++) entity["P" + i] = i;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(entity));

        Assert.Contains("253 properties", error.Message);
    }

    [Fact]
    public async Task BinaryOver64KiB_AndBadPropertyNames_AreRejected()
    {
        var table = await Tables.NewTableAsync(azurite);
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "b") { ["B"] = new byte[TableEntityRules.MaxBinaryBytes + 1] }));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "n") { ["has-dash"] = 1 }));
        await Assert.ThrowsAsync<ArgumentException>(() => table.AddEntityAsync(new TableEntity("p", "n") { ["1st"] = 1 }));
    }

    [Fact]
    public void UnsupportedPropertyType_IsRejectedWhenSet()
    {
        var entity = new TableEntity("p", "r");
        var error = Assert.Throws<ArgumentException>(() => entity["Url"] = new Uri("http://x"));
        Assert.Contains("'Url'", error.Message);
    }

    [Fact]
    public void TypedGetter_OnWrongType_ThrowsClearly()
    {
        var entity = new TableEntity("p", "r") { ["N"] = "text", ["I"] = 5 };
        Assert.Throws<InvalidOperationException>(() => entity.GetInt32("N"));
        Assert.Equal(5L, entity.GetInt64("I"));
        Assert.Equal(5.0, entity.GetDouble("I"));
        Assert.Null(entity.GetString("Missing"));
    }
}
