using Azure.Data.Tables;

namespace StakeholderBot.Storage.Documents;

// Which library documents changed when (added, replaced or removed), in the same day-partitioned form as the meeting
// change log: every instance reads the rows since its last look and brings those documents up to date, instead of
// listing the whole container every few seconds.
public sealed class LibraryChanges(StorageTables tables, TimeProvider time)
{
    public const string Table = "LibraryChanges";

    public Task AddAsync(string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var entry = EntityRules.Checked(new LibraryChangeEntity
        {
            PartitionKey = ChangeLogKeys.Day(DateOnly.FromDateTime(now.UtcDateTime)),
            RowKey = ChangeLogKeys.NewRowKey(now),
            Document = name,
        });
        return tables.RunAsync(Table, "log a library change", table => table.AddEntityAsync(entry, cancellationToken), cancellationToken);
    }

    // Entries written at or after `since` (by the writers' clocks), oldest first.
    public Task<IReadOnlyList<LibraryChange>> SinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        tables.RunAsync(Table, "read library changes", async table =>
        {
            var changes = new List<LibraryChange>();
            foreach (var day in ChangeLogKeys.DaysSince(since, time.GetUtcNow()))
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ChangeLogKeys.Day(day)} and RowKey ge {ChangeLogKeys.RowKey(since)}");
                await foreach (var e in table.QueryAsync<LibraryChangeEntity>(filter, cancellationToken: cancellationToken))
                    changes.Add(new LibraryChange(e.PartitionKey + "/" + e.RowKey, ChangeLogKeys.TimeOf(e.RowKey), e.Document));
            }
            return (IReadOnlyList<LibraryChange>)changes;
        }, cancellationToken);
}

public sealed record LibraryChange(string EntryKey, DateTimeOffset At, string Document);

public sealed class LibraryChangeEntity : TableRow
{
    public string Document { get; set; } = "";
}
