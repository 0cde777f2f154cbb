using Azure.Data.Tables;

namespace StakeholderBot.Storage.Surveys;

// Survey invitations posted in group chats and channels, and how far each member got with theirs: opened the card,
// started (saved a page), finished (submitted). Members are known only by their pseudonym.
public sealed record SurveyInvitation(string ConversationId, string ConversationName, string SurveyId, string PostedBy,
    DateTimeOffset PostedUtc, DateOnly? Deadline);

public sealed record InvitationCounts(SurveyInvitation Invitation, int Opened, int Started, int Finished);

public enum InvitationStage { Opened, Started, Finished }

public sealed class SurveyInvitationEntity : TableRow
{
    public string? ConversationId { get; set; }
    public string? ConversationName { get; set; }
    public string? SurveyId { get; set; }
    public string? PostedBy { get; set; }
    public DateTimeOffset? PostedUtc { get; set; }
    public string? Deadline { get; set; }
    // Member rows.
    public bool? Opened { get; set; }
    public bool? Started { get; set; }
    public bool? Finished { get; set; }
}

public sealed class SurveyInvitationStore(StorageTables tables)
{
    public const string TableName = "SurveyInvitations";
    private const string Invitations = "invitation";

    // A new invitation in the same conversation replaces the old one; members' progress there is kept.
    public Task SaveAsync(SurveyInvitation invitation, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new SurveyInvitationEntity
        {
            PartitionKey = Invitations,
            RowKey = TableKey.Encode(invitation.ConversationId),
            ConversationId = invitation.ConversationId,
            ConversationName = invitation.ConversationName,
            SurveyId = invitation.SurveyId,
            PostedBy = invitation.PostedBy,
            PostedUtc = invitation.PostedUtc,
            Deadline = invitation.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return tables.RunAsync(TableName, "save survey invitation",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }

    // The member reached this stage (a merge: earlier stages stay set).
    public Task MarkAsync(string conversationId, string member, InvitationStage stage, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new SurveyInvitationEntity
        {
            PartitionKey = MembersOf(conversationId),
            RowKey = TableKey.Encode(member),
            Opened = true,
            Started = stage >= InvitationStage.Started ? true : null,
            Finished = stage == InvitationStage.Finished ? true : null,
        });
        return tables.RunAsync(TableName, "mark survey invitation",
            table => table.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken), cancellationToken);
    }

    // A person's erase: how far they got with every invitation; none left is fine.
    public Task<int> EraseMemberAsync(string member, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "erase survey invitation member",
            table => table.DeleteAllAsync(TableClient.CreateQueryFilter($"PartitionKey ne {Invitations} and RowKey eq {TableKey.Encode(member)}"), cancellationToken),
            0, cancellationToken);

    public Task<IReadOnlyList<InvitationCounts>> ListAsync(CancellationToken cancellationToken = default) =>
        tables.RunAsync<IReadOnlyList<InvitationCounts>>(TableName, "list survey invitations", async table =>
        {
            var result = new List<InvitationCounts>();
            await foreach (var row in table.QueryAsync<SurveyInvitationEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Invitations}"),
                cancellationToken: cancellationToken))
            {
                var invitation = new SurveyInvitation(row.ConversationId ?? "", row.ConversationName ?? "", row.SurveyId ?? "", row.PostedBy ?? "",
                    row.PostedUtc ?? default, DateOnly.TryParseExact(row.Deadline, "yyyy-MM-dd", out var deadline) ? deadline : null);
                int opened = 0, started = 0, finished = 0;
                await foreach (var member in table.QueryAsync<SurveyInvitationEntity>(
                    TableClient.CreateQueryFilter($"PartitionKey eq {MembersOf(invitation.ConversationId)}"), cancellationToken: cancellationToken))
                {
                    if (member.Opened == true) opened++;
                    if (member.Started == true) started++;
                    if (member.Finished == true) finished++;
                }
                result.Add(new InvitationCounts(invitation, opened, started, finished));
            }
            return result;
        }, cancellationToken);

    private static string MembersOf(string conversationId) => TableKey.Join("members", conversationId);
}
