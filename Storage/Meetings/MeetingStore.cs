using Azure.Data.Tables;

namespace StakeholderBot.Storage.Meetings;

// Meetings and their action items in one table (key layout in MeetingKeys). Every write of a meeting is one
// entity group transaction, so a meeting is stored with all its action items or not at all. Calls go through
// StoreCall, so callers see StoreUnavailableException when the service cannot be reached.
public sealed partial class MeetingStore(StorageTables tables, TimeProvider time, string tableName = MeetingStore.DefaultTable)
{
    public const string DefaultTable = "RsgMeetings";

    // Directory entries this instance has written, so logging the next meeting of a partner skips that write.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string, string)> directory = new(StringComparer.Ordinal);
    private TableClient? directoryTable;

    public Uri TableUri => tables.UriOf(tableName);

    // The form id becomes the meeting id, and the pointer row is added in the same transaction: a second
    // delivery of the same save fails on that row and returns what the first one stored.
    public Task<SaveResult> AddAsync(Meeting meeting, string loggedBy, CancellationToken cancellationToken) =>
        Run("add meeting", table => AddCoreAsync(table, meeting, loggedBy, cancellationToken), cancellationToken);

    private async Task<SaveResult> AddCoreAsync(TableClient table, Meeting meeting, string loggedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = meeting with { LoggedBy = loggedBy, UpdatedUtc = now, LastFormId = meeting.Id };
        await BeforeWriteAsync(table, stored, now, cancellationToken);

        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, Pointer(stored)),
            new(TableTransactionActionType.Add, MeetingEntities.ToEntity(stored)),
        };
        actions.AddRange(stored.ActionItems.Select(i =>
            new TableTransactionAction(TableTransactionActionType.Add, MeetingEntities.ToEntity(stored, i with { Done = false }, withStatus: true))));
        IReadOnlyList<Azure.Response> responses;
        try
        {
            responses = (await table.SubmitTransactionAsync(EntityRules.CheckedTransaction(actions), cancellationToken)).Value;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex == 0)
        {
            var existing = await GetAsync(stored.PartitionKey, stored.Id, cancellationToken);
            return existing is null ? new SaveResult.NotFound() : new SaveResult.Saved(existing, AlreadySaved: true);
        }
        return new SaveResult.Saved(WithETags(stored, responses) ?? await GetAsync(stored.PartitionKey, stored.Id, cancellationToken) ?? stored);
    }

    // The batch answers each insert with its ETag (pointer, meeting, then items in order): no read-back needed.
    private static Meeting? WithETags(Meeting stored, IReadOnlyList<Azure.Response> responses)
    {
        var tags = responses.Select(r => r.Headers.ETag?.ToString() ?? "").ToList();
        if (tags.Count != stored.ActionItems.Count + 2 || tags.Skip(1).Any(t => t.Length == 0)) return null;
        return stored with
        {
            ETag = tags[1],
            ActionItems = stored.ActionItems.Select((item, i) => item with { Done = false, ETag = tags[i + 2] }).ToList(),
        };
    }

    // Saves an edit against the version the form showed. The meeting stays in its partition; a new date moves
    // its rows (delete + add in the same transaction). Action items keep their done status.
    public Task<SaveResult> UpdateAsync(Meeting meeting, string expectedETag, string formId, CancellationToken cancellationToken) =>
        Run("update meeting", table => UpdateCoreAsync(table, meeting, expectedETag, formId, cancellationToken), cancellationToken);

    private async Task<SaveResult> UpdateCoreAsync(TableClient table, Meeting meeting, string expectedETag, string formId, CancellationToken cancellationToken)
    {
        var current = await GetAsync(meeting.PartitionKey, meeting.Id, cancellationToken);
        if (current is null) return new SaveResult.NotFound();
        if (current.LastFormId == formId) return new SaveResult.Saved(current, AlreadySaved: true);
        if (current.ETag != expectedETag) return new SaveResult.Conflict(current);

        var now = time.GetUtcNow();
        var doneIds = current.ActionItems.Where(i => i.Done).Select(i => i.Id).ToHashSet();
        var updated = meeting with
        {
            LoggedBy = current.LoggedBy,
            UpdatedUtc = now,
            LastFormId = formId,
            ActionItems = meeting.ActionItems.Select(i => i with { Done = doneIds.Contains(i.Id) }).ToList(),
        };
        await BeforeWriteAsync(table, updated, now, cancellationToken);
        try
        {
            await table.SubmitTransactionAsync(EntityRules.CheckedTransaction(EditActions(current, updated)), cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404 or 409 && !StoreCall.IsTableNotFound(e))
        {
            // Changed between our read and the write: a redelivery of this same save, or someone else's edit.
            var now2 = await GetAsync(meeting.PartitionKey, meeting.Id, cancellationToken);
            return now2 is not null && now2.LastFormId == formId ? new SaveResult.Saved(now2, AlreadySaved: true) : new SaveResult.Conflict(now2);
        }
        return new SaveResult.Saved(await GetAsync(updated.PartitionKey, updated.Id, cancellationToken) ?? updated);
    }

    private static List<TableTransactionAction> EditActions(Meeting current, Meeting updated)
    {
        var actions = new List<TableTransactionAction>();
        var currentItems = current.ActionItems.ToDictionary(i => i.Id);
        var keptIds = updated.ActionItems.Select(i => i.Id).ToHashSet();
        if (current.Date == updated.Date)
        {
            actions.Add(new(TableTransactionActionType.UpdateReplace, MeetingEntities.ToEntity(updated), MeetingEntities.Tag(current.ETag)));
            foreach (var item in updated.ActionItems)
            {
                // Text of an existing item is merged without its status, so a Done set meanwhile survives.
                actions.Add(currentItems.ContainsKey(item.Id)
                    ? new(TableTransactionActionType.UpdateMerge, MeetingEntities.ToEntity(updated, item, withStatus: false))
                    : new(TableTransactionActionType.Add, MeetingEntities.ToEntity(updated, item, withStatus: true)));
            }
            foreach (var gone in current.ActionItems.Where(i => !keptIds.Contains(i.Id)))
                actions.Add(new(TableTransactionActionType.Delete, MeetingEntities.ToEntity(current, gone, withStatus: false), MeetingEntities.Tag(gone.ETag)));
            return actions;
        }
        actions.Add(new(TableTransactionActionType.Delete, MeetingEntities.ToEntity(current), MeetingEntities.Tag(current.ETag)));
        actions.Add(new(TableTransactionActionType.Add, MeetingEntities.ToEntity(updated)));
        actions.Add(new(TableTransactionActionType.UpdateReplace, Pointer(updated)));
        foreach (var item in current.ActionItems)
            actions.Add(new(TableTransactionActionType.Delete, MeetingEntities.ToEntity(current, item, withStatus: false), MeetingEntities.Tag(item.ETag)));
        foreach (var item in updated.ActionItems)
            actions.Add(new(TableTransactionActionType.Add, MeetingEntities.ToEntity(updated, item, withStatus: true)));
        return actions;
    }

    // The change-log entry goes first: if the meeting write then fails, readers find no meeting and skip it;
    // if it succeeds, no instance can miss it. The directory entry makes the partition findable by region.
    private async Task BeforeWriteAsync(TableClient table, Meeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await table.AddEntityAsync(EntityRules.Checked(MeetingChangeLog.Entry(meeting, now)), cancellationToken);
        // A table made again (StorageTables) comes as a new client and has lost its directory rows.
        if (Interlocked.Exchange(ref directoryTable, table) != table) directory.Clear();
        var entry = (meeting.Partner, meeting.Region);
        if (directory.TryGetValue(meeting.PartitionKey, out var known) && known == entry) return;
        var partner = new PartnerEntity
        {
            PartitionKey = MeetingKeys.PartnersPartition,
            RowKey = meeting.PartitionKey,
            Project = meeting.Project,
            Partner = meeting.Partner,
            Region = meeting.Region,
        };
        await table.UpsertEntityAsync(EntityRules.Checked(partner), TableUpdateMode.Replace, cancellationToken);
        directory[meeting.PartitionKey] = entry;
    }

    private static MeetingPointerEntity Pointer(Meeting meeting) => new()
    {
        PartitionKey = meeting.PartitionKey,
        RowKey = MeetingKeys.PointerRow(meeting.Id),
        MeetingRow = MeetingKeys.MeetingRow(meeting.Date, meeting.Id),
    };

    // Created on first use (StorageTables), so the bot starts while storage is down; made again if it disappears.
    private Task<T> Run<T>(string operation, Func<TableClient, Task<T>> call, CancellationToken cancellationToken) =>
        tables.RunAsync(tableName, operation, call, cancellationToken);
}
