using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Limits;

// How many questions each user had answered by the model in the last hour, counted in the table every instance shares,
// so a limit holds however many instances serve the user. A sliding window of 12 five-minute segments, one row each
// per user: a question adds one to its segment's row (optimistic, on the row's ETag, so two instances counting at once
// both count); the segments started within the last hour are summed. A user's rows older than the hour go when they
// ask again, and RemoveExpiredAsync removes those of users who stopped asking.
public sealed class QuestionCounts(StorageTables tables, TimeProvider time)
{
    public const string TableName = "ModelQuestions";
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private static readonly TimeSpan Segment = TimeSpan.FromMinutes(5);
    // Instances counting the same user's segment at the same moment try again after a short random pause; past this
    // many tries the question goes through uncounted.
    private const int Attempts = 10;

    // Null: under the limit, and this question is counted. Otherwise how long until the oldest counted segment leaves
    // the window (nothing is counted).
    public Task<TimeSpan?> TryTakeAsync(string user, int limit, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "count a model question", async table =>
        {
            var partition = TableKey.Encode(user);
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var now = time.GetUtcNow();
                var rows = await table.QueryAsync<QuestionCountEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
                    cancellationToken: cancellationToken).ToListAsync(cancellationToken);
                var counted = rows.Where(r => r.SegmentUtc + Window > now).ToList();
                foreach (var old in rows.Except(counted)) await DeleteIfUnchangedAsync(table, old, cancellationToken);
                if (counted.Sum(r => r.Count) >= limit) return counted.Min(r => r.SegmentUtc) + Window - now;

                var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % Segment.Ticks, TimeSpan.Zero);
                var current = counted.FirstOrDefault(r => r.SegmentUtc == start);
                var row = EntityRules.Checked(new QuestionCountEntity
                {
                    PartitionKey = partition,
                    RowKey = start.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture),
                    SegmentUtc = start,
                    Count = (current?.Count ?? 0) + 1,
                });
                try
                {
                    if (current is null) await table.AddEntityAsync(row, cancellationToken);
                    else await table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
                    return (TimeSpan?)null;
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412 or 404 && !StoreCall.IsTableNotFound(e))
                {
                    // Another instance counted in this segment first: read again and count on top.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * (attempt + 1)), cancellationToken);
                }
            }
            return null;
        }, cancellationToken);

    // Segments of users who stopped asking, once they are out of the window.
    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "remove expired question counts", table => table.DeleteAllAsync(
            TableClient.CreateQueryFilter($"SegmentUtc le {time.GetUtcNow() - Window}"), cancellationToken), 0, cancellationToken);

    private static async Task DeleteIfUnchangedAsync(TableClient table, QuestionCountEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412 && !StoreCall.IsTableNotFound(e))
        {
        }
    }
}
