using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Meetings;

// Reads touch one partition and one row-key range each; nothing scans the table.
public sealed partial class MeetingStore
{
    private const int ParallelPartitions = 4;

    public Task<Meeting?> GetAsync(string partitionKey, string meetingId, CancellationToken cancellationToken) =>
        Run("read meeting", table => GetCoreAsync(table, partitionKey, meetingId, cancellationToken), cancellationToken);

    private static async Task<Meeting?> GetCoreAsync(TableClient table, string partitionKey, string meetingId, CancellationToken cancellationToken)
    {
        var pointer = await table.GetEntityIfExistsAsync<MeetingPointerEntity>(partitionKey, MeetingKeys.PointerRow(meetingId),
            cancellationToken: cancellationToken);
        if (pointer is not { HasValue: true, Value.MeetingRow: { Length: > 0 } meetingRow }) return null;
        // The meeting row and its action rows ("{row}|a01"...) sort together; '}' follows '|'.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partitionKey} and RowKey ge {meetingRow} and RowKey lt {meetingRow + "}"}");
        await foreach (var meeting in GroupAsync(table.QueryAsync<MeetingEntity>(filter, cancellationToken: cancellationToken)))
            if (meeting.Id == meetingId) return meeting;
        return null;
    }

    public Task<IReadOnlyList<PartnerEntry>> PartnersAsync(CancellationToken cancellationToken) =>
        Run("list partners", table => PartnersCoreAsync(table, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<PartnerEntry>> PartnersCoreAsync(TableClient table, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MeetingKeys.PartnersPartition}");
        var partners = new List<PartnerEntry>();
        await foreach (var e in table.QueryAsync<PartnerEntity>(filter, cancellationToken: cancellationToken))
            partners.Add(new PartnerEntry(e.Project, e.Partner, e.Region, e.RowKey));
        return partners;
    }

    // Every stored meeting, partition by partition (for building a fresh index at start).
    public async IAsyncEnumerable<Meeting> AllMeetingsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var partner in await PartnersAsync(cancellationToken))
        {
            await foreach (var meeting in StreamAsync(partner.PartitionKey, DateOnly.MinValue, DateOnly.MaxValue.AddDays(-1), MeetingColumns.All, cancellationToken))
                yield return meeting;
        }
    }
}
