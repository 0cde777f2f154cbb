using Azure.Data.Tables;

namespace StakeholderBot.Storage.Surveys;

// Table SurveyContacts: one partition per respondent (their pseudonym), one row per survey they gave an address with.
// A new address for the same survey replaces the old one.
public sealed class SurveyContactStore(StorageTables tables)
{
    public const string Table = "SurveyContacts";

    public async Task SaveAsync(SurveyContact contact, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(new SurveyContactEntity
        {
            PartitionKey = TableKey.Encode(contact.Respondent),
            RowKey = TableKey.Encode(contact.SurveyId),
            Respondent = contact.Respondent,
            SurveyId = contact.SurveyId,
            Email = contact.Email,
            Language = contact.Language,
            GivenAt = contact.GivenAt,
        });
        await tables.RunAsync(Table, "save survey contact", table => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    // Nothing to remove is fine: a respondent who never gave an address has none to withdraw.
    public Task RemoveAsync(string respondent, string surveyId, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(Table, "remove survey contact",
            table => table.DeleteIfPresentAsync(TableKey.Encode(respondent), TableKey.Encode(surveyId), cancellationToken), false, cancellationToken);

    // Everyone who asked to be contacted about this survey (the project managers' contacts export).
    public Task<List<SurveyContact>> ListAsync(string surveyId, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(Table, "read survey contacts", table => table
            .QueryAsync<SurveyContactEntity>(TableClient.CreateQueryFilter($"SurveyId eq {surveyId}"), cancellationToken: cancellationToken)
            .Select(Read).ToListAsync(cancellationToken).AsTask(), [], cancellationToken);

    public Task<List<SurveyContact>> ForRespondentAsync(string respondent, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(Table, "read a respondent's contacts", table => table
            .QueryAsync<SurveyContactEntity>(Of(respondent), cancellationToken: cancellationToken)
            .Select(Read).ToListAsync(cancellationToken).AsTask(), [], cancellationToken);

    public Task<int> EraseRespondentAsync(string respondent, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(Table, "erase a respondent's contacts", table => table.DeleteAllAsync(Of(respondent), cancellationToken), 0, cancellationToken);

    private static string Of(string respondent) => TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Encode(respondent)}");

    private static SurveyContact Read(SurveyContactEntity e) => new(e.Respondent, e.SurveyId, e.Email, e.Language, e.GivenAt);
}
