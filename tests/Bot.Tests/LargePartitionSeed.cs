using System.Globalization;
using Azure.Data.Tables;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Bot.Tests;

// Thousands of meetings of one partner in 2021, written with $batch. Meeting i is dated 1 Jan 2021 + (i % 300) days
// (so the last day, 27 Oct, has meetings 299, 599, ... 2999), has id i in hex (ids sort as the numbers do), and one
// action item due 30 days later, done when i is odd. Its figures follow from i so tests can work them out by hand.
public static class LargePartitionSeed
{
    public const int Count = 3000;
    private static readonly string[] Types = ["rsg", "webinar", "study-visit", "interregional", "peer-review", "other"];

    public static Meeting Meeting(int i)
    {
        var date = new DateOnly(2021, 1, 1).AddDays(i % 300);
        return new Meeting
        {
            Id = i.ToString("x24", CultureInfo.InvariantCulture), Project = "intra", Partner = "Regione Lombardia", Region = "Lombardy",
            PolicyInstrument = $"Instrument {i % 3}", MeetingType = Types[i % 6], Date = date, Format = "online", Language = "it",
            ParticipantsTotal = 10 + i % 7, ParticipantsByType = new ParticipantCounts(1, 2, 3, 1, 0),
            // Every organisation is also typed in capitals with two spaces at another meeting.
            Organisations = [$"Chamber {i % 120}", $"CHAMBER  {(i + 1) % 120}"],
            GoodPractices = i % 10 == 0 ? [$"Practice {i % 70}"] : [],
            PolicyChangeObserved = i % 100 == 0, PolicyChange = "A new call.",
            Topics = "Export coaching " + new string('t', 400), Notes = "Notes " + new string('n', 400),
            Decisions = $"Decision {i:D4}",
            ActionItems = [new ActionItem("a01", $"Follow-up {i:D4}", "Regione Lombardia", date.AddDays(30), Done: i % 2 == 1)],
        };
    }

    public static async Task AddAllAsync(string connectionString, string tableName)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(tableName);
        await table.CreateIfNotExistsAsync();
        var batch = new List<TableTransactionAction>();
        for (var i = 0; i < Count; i++)
        {
            var meeting = Meeting(i);
            if (batch.Count + 3 > EntityRules.MaxTransactionActions)
            {
                await table.SubmitTransactionAsync(batch);
                batch = [];
            }
            batch.Add(new(TableTransactionActionType.Add, new MeetingPointerEntity
            {
                PartitionKey = meeting.PartitionKey, RowKey = MeetingKeys.PointerRow(meeting.Id),
                MeetingRow = MeetingKeys.MeetingRow(meeting.Date, meeting.Id),
            }));
            batch.Add(new(TableTransactionActionType.Add, MeetingEntities.ToEntity(meeting)));
            batch.Add(new(TableTransactionActionType.Add, MeetingEntities.ToEntity(meeting, meeting.ActionItems[0], withStatus: true)));
        }
        await table.SubmitTransactionAsync(batch);
        await table.UpsertEntityAsync(new PartnerEntity
        {
            PartitionKey = MeetingKeys.PartnersPartition, RowKey = MeetingKeys.Partition("intra", "Regione Lombardia"),
            Project = "intra", Partner = "Regione Lombardia", Region = "Lombardy",
        }, TableUpdateMode.Replace);
    }
}
