using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Storage;

// What every stored entity must look like after hostile traffic: keys a store could have written, and for the
// tables of known stores, an entity that store can read back.
public static class StoredDataRules
{
    public static async Task<List<string>> CheckAsync(AzuriteFixture azurite)
    {
        var problems = new List<string>();
        foreach (var (table, entities) in await StoredData.ReadAllAsync(azurite))
        {
            foreach (var entity in entities)
            {
                var where = $"{table}({entity.PartitionKey},{entity.RowKey})";
                if (entity.PartitionKey.Length == 0 && entity.RowKey.Length == 0) problems.Add($"{where}: no keys");
                if (ReaderFor(table) is { } read && read(entity) is { } problem) problems.Add($"{where}: {problem}");
            }
        }
        return problems;
    }

    // Per store: null when the entity parses, the reason otherwise. Filled in as the stores land on main.
    private static Func<TableEntity, string?>? ReaderFor(string table) => table switch
    {
        _ => null,
    };
}
