using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Resilience.Tests.Storage;

// Everything in an Azurite account, table by table, so a test can check that whatever was written still reads
// back as what its store expects.
public static class StoredData
{
    public static async Task<Dictionary<string, List<TableEntity>>> ReadAllAsync(string connectionString)
    {
        var service = new TableServiceClient(connectionString);
        var tables = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await foreach (var table in service.GetTableClient("Tables").QueryAsync())
        {
            var name = table.GetString("TableName")!;
            var entities = new List<TableEntity>();
            await foreach (var entity in service.GetTableClient(name).QueryAsync()) entities.Add(entity);
            tables[name] = entities;
        }
        return tables;
    }
}
