using Azure.Data.Tables;

namespace StakeholderBot.Bench.Load;

// What the run left in Azurite: survey responses (one entity each) and meetings (their meeting rows, not the
// action items, pointers, directory or change log kept in the same table).
public static class StoredCounts
{
    public const string SurveyTable = "SurveyResponses";
    public const string MeetingTable = "RsgMeetings";

    public static async Task<(int Surveys, int Meetings, int DuplicateSurveys)> CountAsync(string connectionString)
    {
        var service = new TableServiceClient(connectionString);
        var surveys = await ReadAsync(service, SurveyTable);
        var meetings = await ReadAsync(service, MeetingTable);
        // A response stored twice would carry the same respondent and answers under another id.
        var duplicates = surveys.GroupBy(e => (e.GetString("Respondent"), e.GetDateTimeOffset("SubmittedAt"))).Sum(g => g.Count() - 1);
        return (surveys.Count, meetings.Count(m => !m.PartitionKey.StartsWith('_') && IsMeetingRow(m.RowKey)), duplicates);
    }

    private static bool IsMeetingRow(string rowKey) => rowKey.StartsWith('d') && rowKey.Count(c => c == '|') == 1;

    private static async Task<List<TableEntity>> ReadAsync(TableServiceClient service, string name)
    {
        var entities = new List<TableEntity>();
        try
        {
            await foreach (var entity in service.GetTableClient(name).QueryAsync<TableEntity>()) entities.Add(entity);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // The flow never wrote: zero.
        }
        return entities;
    }
}
