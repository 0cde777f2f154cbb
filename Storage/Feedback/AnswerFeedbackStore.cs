using System.Text.Json;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Feedback;

// Table AnswerFeedback: one partition per month ("2026-11") so a review reads one partition; row keys sort the
// newest first. Long texts are cut to what one string property holds.
public sealed class AnswerFeedbackStore(StorageTables tables)
{
    public const string TableName = "AnswerFeedback";
    private const int MaxText = 30_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AddAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new AnswerFeedbackEntity
        {
            PartitionKey = Month(feedback.At),
            RowKey = (DateTimeOffset.MaxValue.UtcTicks - feedback.At.UtcTicks).ToString("D19") + "-" + Guid.NewGuid().ToString("N")[..8],
            ConversationId = Cut(feedback.ConversationId),
            Reaction = Cut(feedback.Reaction),
            Comment = feedback.Comment is null ? null : Cut(feedback.Comment),
            Question = Cut(feedback.Question),
            Answer = Cut(feedback.Answer),
            Sources = Cut(JsonSerializer.Serialize(feedback.Sources, Json)),
            AiGenerated = feedback.AiGenerated,
            Language = Cut(feedback.Language),
            ReplyToId = feedback.ReplyToId is null ? null : Cut(feedback.ReplyToId),
            At = feedback.At,
            Respondent = feedback.Respondent,
        });
        await tables.RunAsync(TableName, "save answer feedback", table => table.AddEntityAsync(entity, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    // Newest first, for one calendar month (UTC).
    public Task<IReadOnlyList<AnswerFeedback>> ListAsync(int year, int month, CancellationToken cancellationToken = default) =>
        tables.RunAsync(TableName, "read answer feedback", async table =>
        {
            var partition = Month(new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero));
            var found = new List<AnswerFeedback>();
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
            await foreach (var entity in table.QueryAsync<AnswerFeedbackEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
                found.Add(Read(entity));
            return (IReadOnlyList<AnswerFeedback>)found;
        }, cancellationToken);

    // A respondent's feedback: given under their pseudonym, or in their personal chat (before feedback carried one).
    public Task<IReadOnlyList<AnswerFeedback>> ForRespondentAsync(string respondent, string? personalConversationId, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "read a respondent's feedback", async table =>
            (IReadOnlyList<AnswerFeedback>)await table.QueryAsync<AnswerFeedbackEntity>(OfRespondent(respondent, personalConversationId), cancellationToken: cancellationToken)
                .Select(Read).ToListAsync(cancellationToken).ConfigureAwait(false),
            [], cancellationToken);

    // Returns how many rows were erased; none left is not an error, so erasing twice is fine.
    public Task<int> EraseRespondentAsync(string respondent, string? personalConversationId, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(TableName, "erase a respondent's feedback",
            table => table.DeleteAllAsync(OfRespondent(respondent, personalConversationId), cancellationToken), 0, cancellationToken);

    private static string OfRespondent(string respondent, string? personalConversationId) => personalConversationId is { Length: > 0 } conversation
        ? TableClient.CreateQueryFilter($"Respondent eq {respondent} or ConversationId eq {conversation}")
        : TableClient.CreateQueryFilter($"Respondent eq {respondent}");

    private static AnswerFeedback Read(AnswerFeedbackEntity entity) => new(
        entity.ConversationId, entity.Reaction, entity.Comment, entity.Question, entity.Answer,
        JsonSerializer.Deserialize<List<FeedbackSource>>(entity.Sources, Json) ?? [],
        entity.AiGenerated, entity.Language, entity.ReplyToId, entity.At, entity.Respondent);

    private static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static string Cut(string text) => text.Length <= MaxText ? text : text[..MaxText];
}
