using Azure;
using Azure.Data.Tables;
using StakeholderBot.Storage.Privacy;

namespace StakeholderBot.Storage.Proactive;

// Responses started and not submitted, so the nudge finds them without reading every conversation's state:
// each save of an open response moves its LastActivityUtc, a submit removes its row. Nudged stays set once the
// nudge went out, however often the respondent comes back afterwards: one nudge per response. Shared: the response
// is kept in a group chat or channel (started from an invitation there), so the nudge goes to the person's personal chat.
public sealed record OpenSurvey(string ResponseId, string ConversationId, string UserId, string SurveyId, string Language,
    DateTimeOffset LastActivityUtc, bool Nudged, bool Shared = false)
{
    public string? Respondent { get; init; }
}

public sealed class OpenSurveyStore(StorageTables tables)
{
    public const string TableName = "OpenSurveys";
    private const string Partition = "open";

    public Task TrackAsync(OpenSurvey open, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new OpenSurveyEntity
        {
            PartitionKey = Partition,
            RowKey = TableKey.Encode(open.ResponseId),
            ConversationId = open.ConversationId,
            UserId = open.UserId,
            Respondent = open.Respondent,
            Shared = open.Shared,
            SurveyId = open.SurveyId,
            Language = open.Language,
            LastActivityUtc = open.LastActivityUtc,
        });
        // A merge: Nudged, once set, is kept.
        return tables.RunAsync(TableName, "track open survey",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken), cancellationToken);
    }

    public Task RemoveAsync(string responseId, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "remove open survey",
            table => table.DeleteIfPresentAsync(Partition, TableKey.Encode(responseId), cancellationToken), cancellationToken);

    // A person's erase: their open responses, by their code, Teams id or personal chat; none left is fine. Returns the
    // ids of the responses whose rows this call removed.
    public Task<IReadOnlyList<string>> EraseAsync(RespondentIds ids, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync<IReadOnlyList<string>>(TableName, "erase open surveys", async table =>
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Respondent eq {ids.Respondent}");
            if (ids.UserId is { Length: > 0 } userId) filter += " or " + TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and UserId eq {userId}");
            if (ids.PersonalConversationId is { Length: > 0 } chat)
                filter += " or " + TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ConversationId eq {chat}");
            var erased = new List<string>();
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
                if (await table.DeleteIfPresentAsync(row.PartitionKey, row.RowKey, cancellationToken)) erased.Add(TableKey.Decode(row.RowKey));
            return erased;
        }, [], cancellationToken);

    // The Teams user ids and personal chats of the open surveys listed under a code (a shared one's chat is a group's).
    public Task<(IReadOnlyList<string> UserIds, IReadOnlyList<string> PersonalChats)> LinksOfAsync(string respondent,
        CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync<(IReadOnlyList<string>, IReadOnlyList<string>)>(TableName, "find a respondent's open surveys", async table =>
        {
            var users = new HashSet<string>(StringComparer.Ordinal);
            var chats = new HashSet<string>(StringComparer.Ordinal);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Respondent eq {respondent}");
            await foreach (var e in table.QueryAsync<OpenSurveyEntity>(filter, cancellationToken: cancellationToken))
            {
                if (e.UserId is { Length: > 0 } user) users.Add(user);
                if (e.Shared != true && e.ConversationId is { Length: > 0 } chat) chats.Add(chat);
            }
            return ([.. users], [.. chats]);
        }, ([], []), cancellationToken);

    public Task MarkNudgedAsync(string responseId, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new OpenSurveyEntity { PartitionKey = Partition, RowKey = TableKey.Encode(responseId), Nudged = true });
        return tables.RunAsync(TableName, "mark survey nudged", async table =>
        {
            try { await table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken); }
            catch (RequestFailedException e) when (e.Status == 404 && !StoreCall.IsTableNotFound(e)) { }
        }, cancellationToken);
    }

    // Open responses nobody touched since `before` and not nudged yet.
    public Task<IReadOnlyList<OpenSurvey>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        tables.RunAsync<IReadOnlyList<OpenSurvey>>(TableName, "list idle surveys", async table =>
        {
            var idle = new List<OpenSurvey>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and LastActivityUtc le {before}");
            await foreach (var e in table.QueryAsync<OpenSurveyEntity>(filter, cancellationToken: cancellationToken))
                if (e.Nudged != true)
                    idle.Add(new OpenSurvey(TableKey.Decode(e.RowKey), e.ConversationId ?? "", e.UserId ?? "", e.SurveyId ?? "", e.Language ?? "",
                        e.LastActivityUtc ?? default, Nudged: false, Shared: e.Shared == true) { Respondent = e.Respondent });
            return idle;
        }, cancellationToken);
}
