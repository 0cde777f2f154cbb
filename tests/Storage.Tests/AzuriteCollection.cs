using Azure.Data.Tables;
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

    public static async Task<TableClient> NewTableAsync(AzuriteFixture azurite)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(NewName());
        await table.CreateIfNotExistsAsync();
        return table;
    }
}
