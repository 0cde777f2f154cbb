using System.Globalization;
using Azure.Data.Tables;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Bench.Load;

// --summary-meetings N: N meetings of one partner in one calendar year, written straight to the meetings table in
// $batch transactions once the bot is up (no change-log entries, so the bot does not index them), so that every
// turn can ask for that partner-year's summary. Texts are the size people type; organisations repeat with other
// spellings, some actions are done, some overdue.
public static class SummarySeed
{
    public const string Project = "intra";
    public const string Partner = "Lombardy Region";
    public const string Region = "Lombardia";

    public static int Year => DateTime.UtcNow.Year - 1;

    public static string Query => $"meetings {Partner} {Year}";

    public static async Task SeedAsync(string connectionString, int count, int seed)
    {
        var table = new TableServiceClient(connectionString).GetTableClient(StoredCounts.MeetingTable);
        await table.CreateIfNotExistsAsync();
        var random = new Random(seed);
        var batch = new List<TableTransactionAction>();
        for (var i = 0; i < count; i++)
        {
            var rows = Rows(Make(random));
            if (batch.Count + rows.Count > EntityRules.MaxTransactionActions)
            {
                await table.SubmitTransactionAsync(batch);
                batch = [];
            }
            batch.AddRange(rows);
        }
        if (batch.Count > 0) await table.SubmitTransactionAsync(batch);
        await table.UpsertEntityAsync(new PartnerEntity
        {
            PartitionKey = MeetingKeys.PartnersPartition, RowKey = MeetingKeys.Partition(Project, Partner),
            Project = Project, Partner = Partner, Region = Region,
        }, TableUpdateMode.Replace);
    }

    private static List<TableTransactionAction> Rows(Meeting meeting)
    {
        var rows = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new MeetingPointerEntity
            {
                PartitionKey = meeting.PartitionKey, RowKey = MeetingKeys.PointerRow(meeting.Id),
                MeetingRow = MeetingKeys.MeetingRow(meeting.Date, meeting.Id),
            }),
            new(TableTransactionActionType.Add, MeetingEntities.ToEntity(meeting)),
        };
        rows.AddRange(meeting.ActionItems.Select(i => new TableTransactionAction(TableTransactionActionType.Add,
            MeetingEntities.ToEntity(meeting, i, withStatus: true))));
        return rows;
    }

    private static readonly string[] Types = ["rsg", "webinar", "study-visit", "interregional", "peer-review", "other"];

    private static Meeting Make(Random random)
    {
        var date = new DateOnly(Year, 1, 1).AddDays(random.Next(365));
        var organisations = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => Organisation(random)).ToArray();
        var sme = random.Next(15);
        return new Meeting
        {
            Id = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(random.Next())),
            Project = Project, Partner = Partner, Region = Region,
            PolicyInstrument = $"ERDF regional programme, priority {1 + random.Next(6)}",
            MeetingType = Types[random.Next(Types.Length)], Date = date, Format = "in-person", Language = "it",
            ParticipantsTotal = sme + 12, ParticipantsByType = new ParticipantCounts(4, 3, sme, 2, 1),
            Organisations = organisations,
            GoodPractices = Enumerable.Range(0, random.Next(3)).Select(_ => $"Good practice {random.Next(80)}").ToArray(),
            Topics = Sentence("Export coaching for food and design SMEs, trade fair support and the regional voucher scheme", random, 3),
            Decisions = Sentence("Run a second export-readiness workshop and extend the voucher call to services", random, 3),
            Notes = Sentence("Minutes circulated to the group; next meeting in the chamber of commerce", random, 4),
            PolicyChangeObserved = random.Next(4) == 0,
            PolicyChange = "The call for export vouchers now includes service SMEs.",
            ActionItems = Enumerable.Range(1, random.Next(4)).Select(n => new ActionItem(
                "a" + n.ToString("00", CultureInfo.InvariantCulture), Sentence("Send the workshop report to the members", random, 1),
                "Lombardy Region", date.AddDays(30 + random.Next(200)), Done: random.Next(2) == 0)).ToList(),
            LoggedBy = "bench", UpdatedUtc = DateTimeOffset.UtcNow,
        };
    }

    // 400 organisations, a quarter of the time typed in another case or with double spaces.
    private static string Organisation(Random random)
    {
        var name = $"Chamber of Commerce {random.Next(400)}";
        return random.Next(4) switch { 0 => name.ToLowerInvariant(), 1 => name.Replace(" ", "  "), _ => name };
    }

    private static string Sentence(string text, Random random, int times) =>
        string.Join(" ", Enumerable.Range(0, 1 + random.Next(times)).Select(i => $"{text} ({random.Next(1000)})."));
}
