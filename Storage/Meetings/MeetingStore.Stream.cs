using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Meetings;

// What a read brings back: every field and action item, or only what a summary shows: no long free texts it never
// shows (topics, notes, policy change, links) and only the open action items, which cuts what the service sends
// for thousands of rows. Every action row carries Done (the store writes it when it adds an item).
public enum MeetingColumns
{
    All,
    Summary,
}

// Reads of many meetings stream: rows come page by page and only one day of one partition is held at a time,
// so a partner-year of thousands of meetings never sits in memory.
public sealed partial class MeetingStore
{
    private static readonly string[] SummaryColumns =
    [
        nameof(MeetingEntity.Kind), nameof(MeetingEntity.Id), nameof(MeetingEntity.Project), nameof(MeetingEntity.Partner),
        nameof(MeetingEntity.Region), nameof(MeetingEntity.Country), nameof(MeetingEntity.PolicyInstrument), nameof(MeetingEntity.MeetingType),
        nameof(MeetingEntity.MeetingDate), nameof(MeetingEntity.ParticipantsTotal), nameof(MeetingEntity.ParticipantsPublicAuthority),
        nameof(MeetingEntity.ParticipantsBusinessSupport), nameof(MeetingEntity.ParticipantsSme),
        nameof(MeetingEntity.ParticipantsResearch), nameof(MeetingEntity.ParticipantsOther), nameof(MeetingEntity.Organisations),
        nameof(MeetingEntity.GoodPractices), nameof(MeetingEntity.PolicyChangeObserved), nameof(MeetingEntity.Decisions),
        nameof(MeetingEntity.MeetingId), nameof(MeetingEntity.ItemId), nameof(MeetingEntity.What), nameof(MeetingEntity.Owner),
        nameof(MeetingEntity.Due), nameof(MeetingEntity.Done), nameof(MeetingEntity.SnoozedUntil), nameof(MeetingEntity.LoggedBy),
    ];

    // One partition's meetings dated from..to, each with its action items, by date and then id.
    public async IAsyncEnumerable<Meeting> StreamAsync(string partitionKey, DateOnly from, DateOnly to, MeetingColumns columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (low, high) = MeetingKeys.DateRange(from, to);
        var filter = columns == MeetingColumns.Summary
            ? TableClient.CreateQueryFilter(
                $"PartitionKey eq {partitionKey} and RowKey ge {low} and RowKey lt {high} and (Kind eq {"meeting"} or Done eq {false})")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {low} and RowKey lt {high}");
        await foreach (var meeting in GroupAsync(RowsAsync(filter, columns == MeetingColumns.Summary ? SummaryColumns : null, cancellationToken)))
            yield return meeting;
    }

    // Every meeting of the partitions in the period, handed to `each` one at a time (never concurrently, in no set
    // order); partitions are read in parallel.
    public Task ReadAsync(IEnumerable<string> partitionKeys, DateOnly from, DateOnly to, MeetingColumns columns, Action<Meeting> each,
        CancellationToken cancellationToken)
    {
        var gate = new object();
        return Parallel.ForEachAsync(partitionKeys.Distinct(),
            new ParallelOptions { MaxDegreeOfParallelism = ParallelPartitions, CancellationToken = cancellationToken },
            async (pk, ct) =>
            {
                await foreach (var meeting in StreamAsync(pk, from, to, columns, ct))
                    lock (gate) each(meeting);
            });
    }

    // Every meeting of the partitions in the period with all its fields, ordered by date, partition and id: the
    // partitions' streams merged as they arrive (one page of each partition held at a time).
    public async IAsyncEnumerable<Meeting> InDateOrderAsync(IEnumerable<string> partitionKeys, DateOnly from, DateOnly to,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var streams = new List<IAsyncEnumerator<Meeting>>();
        var heads = new PriorityQueue<(IAsyncEnumerator<Meeting> Stream, string Pk), (DateOnly, string, string)>(DatePartitionId);
        try
        {
            foreach (var pk in partitionKeys.Distinct())
            {
                var stream = StreamAsync(pk, from, to, MeetingColumns.All, cancellationToken).GetAsyncEnumerator(cancellationToken);
                streams.Add(stream);
                if (await stream.MoveNextAsync()) heads.Enqueue((stream, pk), (stream.Current.Date, pk, stream.Current.Id));
            }
            while (heads.TryDequeue(out var head, out _))
            {
                yield return head.Stream.Current;
                if (await head.Stream.MoveNextAsync()) heads.Enqueue(head, (head.Stream.Current.Date, head.Pk, head.Stream.Current.Id));
            }
        }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
    }

    private static readonly Comparer<(DateOnly Date, string Pk, string Id)> DatePartitionId = Comparer<(DateOnly Date, string Pk, string Id)>.Create((a, b) =>
    {
        var byDate = a.Date.CompareTo(b.Date);
        if (byDate != 0) return byDate;
        var byPartition = string.CompareOrdinal(a.Pk, b.Pk);
        return byPartition != 0 ? byPartition : string.CompareOrdinal(a.Id, b.Id);
    });

    // Rows of one row-key range grouped into meetings, one day at a time.
    private static async IAsyncEnumerable<Meeting> GroupAsync(IAsyncEnumerable<MeetingEntity> rows)
    {
        var day = new MeetingDay();
        await foreach (var row in rows)
        {
            foreach (var meeting in day.Add(row)) yield return meeting;
        }
        foreach (var meeting in day.Flush()) yield return meeting;
    }

    // A query's rows as they page in. The first page goes through Run, so a table that vanished is made again before
    // anything is handed out; a later page that fails surfaces as StoreUnavailableException (never retried halfway).
    private async IAsyncEnumerable<MeetingEntity> RowsAsync(string filter, IEnumerable<string>? select,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IAsyncEnumerator<MeetingEntity>? rows = null;
        try
        {
            var more = await Run("query meetings", async table =>
            {
                if (rows is not null) await rows.DisposeAsync();
                rows = table.QueryAsync<MeetingEntity>(filter, select: select, cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
                return await rows.MoveNextAsync();
            }, cancellationToken);
            while (more)
            {
                yield return rows!.Current;
                more = await StoreCall.RunAsync("query meetings", async () => await rows!.MoveNextAsync(), cancellationToken);
            }
        }
        finally
        {
            if (rows is not null) await rows.DisposeAsync();
        }
    }
}
