using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// One Azurite for the whole test project; every test works in its own table.
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

public static class Tables
{
    public static string NewName() => "t" + Guid.NewGuid().ToString("N");

    public static async Task<TableClient> NewTableAsync(AzuriteFixture azurite, TableClientOptions? options = null)
    {
        var table = new TableServiceClient(azurite.ConnectionString, options).GetTableClient(NewName());
        await table.CreateIfNotExistsAsync();
        return table;
    }

    public static async Task<List<TableEntity>> ToListAsync(this IAsyncEnumerable<TableEntity> entities)
    {
        var list = new List<TableEntity>();
        await foreach (var entity in entities) list.Add(entity);
        return list;
    }
}
