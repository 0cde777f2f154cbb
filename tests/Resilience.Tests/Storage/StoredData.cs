using Azure.Data.Tables;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Storage;

// Everything in an Azurite account, table by table, so a test can check that whatever was written still reads
// back as what its store expects.
public static class StoredData
{
    public static async Task<Dictionary<string, List<TableEntity>>> ReadAllAsync(AzuriteFixture azurite)
    {
        var service = new TableServiceClient(azurite.ConnectionString);
        var tables = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync())
            tables[table.Name] = await service.GetTableClient(table.Name).QueryAsync<TableEntity>().ToListAsync();
        return tables;
    }

    // Every entity as "table/partition/row/etag", sorted: equal snapshots mean nothing was written in between.
    public static async Task<List<string>> SnapshotAsync(AzuriteFixture azurite) =>
        (await ReadAllAsync(azurite)).SelectMany(t => t.Value.Select(e => $"{t.Key}/{e.PartitionKey}/{e.RowKey}/{e.ETag}"))
            .Order(StringComparer.Ordinal).ToList();
}
