using Azure;
using Azure.Data.Tables;

namespace StakeholderBot.Storage.Surveys;

// Submitted responses: one entity per response, partitioned by survey and region, one property per question
// (a dictionary entity: the questions are the survey's, not the code's). The row key is the response id, so a
// submit that arrives twice stores once.
public sealed class SurveyResponseStore(StorageTables tables)
{
    public const string Table = "SurveyResponses";

    private static readonly HashSet<string> Meta = new(StringComparer.Ordinal)
    {
        nameof(TableEntity.PartitionKey), nameof(TableEntity.RowKey), nameof(TableEntity.Timestamp), "odata.etag",
        nameof(SurveyResponse.SurveyId), nameof(SurveyResponse.Region), nameof(SurveyResponse.SurveyVersion),
        nameof(SurveyResponse.Respondent), nameof(SurveyResponse.Language), nameof(SurveyResponse.SubmittedAt),
        nameof(SurveyResponse.Score), nameof(SurveyResponse.Band),
    };

    public static string PartitionKey(string surveyId, string region) => TableKey.Join(surveyId, region);

    // False when this response was stored before (a retried submit): nothing is written twice.
    public async Task<bool> AddAsync(SurveyResponse response, CancellationToken cancellationToken = default)
    {
        var entity = EntityRules.Checked(ToEntity(response));
        try
        {
            await tables.RunAsync(Table, "store survey response", table => table.AddEntityAsync(entity, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    // Every response of a survey, or of one region: a single partition, or the survey's range of partitions.
    public async Task<List<SurveyResponse>> ListAsync(string surveyId, string? region = null, CancellationToken cancellationToken = default)
    {
        var prefix = PartitionKey(surveyId, "");
        var filter = region is not null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey(surveyId, region)}")
            : TableClient.CreateQueryFilter($"PartitionKey ge {prefix} and PartitionKey lt {prefix + "\uFFFF"} and SurveyId eq {surveyId}");
        return await tables.RunAsync(Table, "read survey responses",
            table => table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).Select(FromEntity).ToListAsync(cancellationToken).AsTask(),
            cancellationToken).ConfigureAwait(false);
    }

    // Every response a respondent submitted, to any survey (a filter over the whole table: asked rarely, on request).
    public Task<List<SurveyResponse>> ForRespondentAsync(string respondent, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(Table, "read a respondent's responses", table => table
            .QueryAsync<TableEntity>(Of(respondent), cancellationToken: cancellationToken)
            .Select(FromEntity).ToListAsync(cancellationToken).AsTask(), [], cancellationToken);

    public Task<int> EraseRespondentAsync(string respondent, CancellationToken cancellationToken = default) =>
        tables.RunIfExistsAsync(Table, "erase a respondent's responses", table => table.DeleteAllAsync(Of(respondent), cancellationToken), 0, cancellationToken);

    private static string Of(string respondent) => TableClient.CreateQueryFilter($"Respondent eq {respondent}");

    private static TableEntity ToEntity(SurveyResponse response)
    {
        var entity = new TableEntity(PartitionKey(response.SurveyId, response.Region), TableKey.Encode(response.ResponseId))
        {
            [nameof(SurveyResponse.SurveyId)] = response.SurveyId,
            [nameof(SurveyResponse.Region)] = response.Region,
            [nameof(SurveyResponse.SurveyVersion)] = response.SurveyVersion,
            [nameof(SurveyResponse.Respondent)] = response.Respondent,
            [nameof(SurveyResponse.Language)] = response.Language,
            [nameof(SurveyResponse.SubmittedAt)] = response.SubmittedAt,
            [nameof(SurveyResponse.Score)] = response.Score,
            [nameof(SurveyResponse.Band)] = response.Band,
        };
        foreach (var (question, value) in response.Answers)
        {
            if (Meta.Contains(question)) throw new ArgumentException($"Question id '{question}' clashes with a response property.", nameof(response));
            entity[question] = value;
        }
        return entity;
    }

    private static SurveyResponse FromEntity(TableEntity entity) => new(
        entity.GetString(nameof(SurveyResponse.SurveyId)) ?? "",
        entity.GetString(nameof(SurveyResponse.Region)) ?? "",
        TableKey.Decode(entity.RowKey),
        entity.GetInt32(nameof(SurveyResponse.SurveyVersion)) ?? 0,
        entity.GetString(nameof(SurveyResponse.Respondent)) ?? "",
        entity.GetString(nameof(SurveyResponse.Language)) ?? "",
        entity.GetDateTimeOffset(nameof(SurveyResponse.SubmittedAt)) ?? default,
        entity.GetInt32(nameof(SurveyResponse.Score)),
        entity.GetString(nameof(SurveyResponse.Band)),
        entity.Where(p => !Meta.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
