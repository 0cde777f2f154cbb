using System.Runtime.CompilerServices;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Storage.Meetings;

// Reads touch one partition and one row-key range each; nothing scans the table.
public sealed partial class MeetingStore
{
    private const int ParallelPartitions = 4;

    public Task<Meeting?> GetAsync(string partitionKey, string meetingId, CancellationToken cancellationToken) =>
        Run("read meeting", table => GetCoreAsync(table, partitionKey, meetingId, cancellationToken), cancellationToken);

    private static async Task<Meeting?> GetCoreAsync(TableClient table, string partitionKey, string meetingId, CancellationToken cancellationToken)
    {
        var pointer = await table.GetEntityIfExistsAsync(partitionKey, MeetingKeys.PointerRow(meetingId), cancellationToken: cancellationToken);
        if (!pointer.HasValue || pointer.Value?.GetString("MeetingRow") is not { } meetingRow) return null;
        // The meeting row and its action rows ("{row}|a01"...) sort together; '}' follows '|'.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {meetingRow} and RowKey lt {meetingRow + "}"}");
        var meetings = await ReadMeetingsAsync(table, filter, cancellationToken);
        return meetings.FirstOrDefault(m => m.Id == meetingId);
    }

    // The meetings dated from..to in the given partitions, each with its action items.
    public Task<IReadOnlyList<Meeting>> QueryAsync(IEnumerable<string> partitionKeys, DateOnly from, DateOnly to,
        CancellationToken cancellationToken) =>
        Run("query meetings", table => QueryCoreAsync(table, partitionKeys, from, to, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<Meeting>> QueryCoreAsync(TableClient table, IEnumerable<string> partitionKeys, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        var (low, high) = MeetingKeys.DateRange(from, to);
        var results = new List<Meeting>();
        await Parallel.ForEachAsync(partitionKeys.Distinct(),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelPartitions, CancellationToken = cancellationToken },
            async (pk, ct) =>
            {
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk} and RowKey ge {low} and RowKey lt {high}");
                var meetings = await ReadMeetingsAsync(table, filter, ct);
                lock (results) results.AddRange(meetings);
            });
        return results.OrderBy(m => m.Date).ThenBy(m => m.PartitionKey, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    public Task<IReadOnlyList<PartnerEntry>> PartnersAsync(CancellationToken cancellationToken) =>
        Run("list partners", table => PartnersCoreAsync(table, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<PartnerEntry>> PartnersCoreAsync(TableClient table, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MeetingKeys.PartnersPartition}");
        var partners = new List<PartnerEntry>();
        await foreach (var e in table.QueryAsync(filter, cancellationToken: cancellationToken))
            partners.Add(new PartnerEntry(e.GetString("Project") ?? "", e.GetString("Partner") ?? "", e.GetString("Region") ?? "", e.RowKey));
        return partners;
    }

    // Every stored meeting, partition by partition (for building a fresh index at start).
    public async IAsyncEnumerable<Meeting> AllMeetingsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var partner in await PartnersAsync(cancellationToken))
        {
            var (low, high) = MeetingKeys.DateRange(DateOnly.MinValue, DateOnly.MaxValue.AddDays(-1));
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partner.PartitionKey} and RowKey ge {low} and RowKey lt {high}");
            var meetings = await Run("read partition", table => ReadMeetingsAsync(table, filter, cancellationToken), cancellationToken);
            foreach (var meeting in meetings) yield return meeting;
        }
    }

    private static async Task<List<Meeting>> ReadMeetingsAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var meetings = new List<TableEntity>();
        var items = new Dictionary<string, List<ActionItem>>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            if (MeetingEntities.IsMeeting(e)) meetings.Add(e);
            else if (MeetingEntities.IsAction(e) && e.GetString("MeetingId") is { } id)
            {
                if (!items.TryGetValue(id, out var list)) items[id] = list = [];
                list.Add(MeetingEntities.ToActionItem(e));
            }
        }
        return meetings.Select(e => MeetingEntities.ToMeeting(e,
            items.TryGetValue(e.GetString("Id") ?? "", out var list) ? list.OrderBy(i => i.Id, StringComparer.Ordinal).ToList() : [])).ToList();
    }
}
