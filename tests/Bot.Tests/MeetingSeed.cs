using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Bot.Tests;

// Meetings across projects, partners and periods, with totals worked out by hand in the tests that use them.
// "Today" in those tests is 18 May 2022.
public static class MeetingSeed
{
    public static async Task AddAllAsync(MeetingStore store)
    {
        foreach (var meeting in All)
        {
            var saved = (SaveResult.Saved)await store.AddAsync(meeting, "seed", default);
            // A new meeting's items start open; close the ones the seed says are done.
            foreach (var item in saved.Meeting.ActionItems.Where(i => meeting.ActionItems.Single(m => m.Id == i.Id).Done))
                await store.MarkDoneAsync(meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, item.Id), item.ETag, "seed", default);
        }
    }

    public static readonly IReadOnlyList<Meeting> All =
    [
        Make("intra", "Regione Lombardia", "Lombardy", new(2021, 3, 10), "rsg", 20, new(5, 5, 8, 2, 0),
            ["Regione Lombardia", "Unioncamere Lombardia"], ["Export vouchers"], "ROP ERDF Lombardy", change: true,
            decisions: "Open an export voucher call.", items: [Item("a01", "Draft the voucher call", "Regione Lombardia", new(2021, 6, 1))]),
        Make("intra", "Regione Lombardia", "Lombardy", new(2021, 11, 5), "webinar", 35, new(10, 0, 20, 0, 5),
            ["regione lombardia", "Politecnico di Milano"], ["Export vouchers", "Digital export desk"], "ROP ERDF Lombardy", change: true,
            decisions: "Extend the vouchers to services.", items: [Item("a01", "Publish the webinar slides", "Politecnico di Milano", new(2022, 12, 1))]),
        Make("intra", "Pomurje Technology Park", "Pomurje", new(2021, 6, 20), "study-visit", 12, new(2, 2, 6, 2, 0),
            ["Pomurje Technology Park", "Regional Development Agency Mura"], ["Mentoring network"], "OP Slovenia 2014-2020",
            notes: "=HYPERLINK(\"http://evil.example\",\"click\")",
            items: [Item("a01", "Send the visit report", "Pomurje Technology Park", new(2021, 7, 1), done: true)]),
        Make("intra", "Regione Lombardia", "Lombardy", new(2022, 2, 14), "rsg", 15, new(6, 3, 6, 0, 0),
            ["Regione Lombardia", "Confindustria Lombardia"], [], "Regional export strategy", change: true,
            decisions: "Adopt the export desk in the regional strategy.",
            items: [Item("a01", "Write the strategy amendment", "Regione Lombardia", new(2022, 3, 1))]),
        Make("interventures", "Fondazione Politecnico", "Lombardy", new(2022, 3, 22), "interregional", 25, new(5, 10, 5, 5, 0),
            ["Fondazione Politecnico", "Business Finland"], ["Venture mentoring"], "ROP ERDF Lombardy"),
        Make("upgradesme", "Steinbeis Europa Zentrum", "Baden-Württemberg", new(2022, 4, 5), "peer-review", 10, new(3, 3, 2, 2, 0),
            ["Steinbeis Europa Zentrum"], ["Export coaching"], "ERDF OP Baden-Württemberg", change: true),
        Make("intra", "Pomurje Technology Park", "Pomurje", new(2022, 1, 25), "rsg", 8, new(3, 1, 4, 0, 0),
            ["Pomurje Technology Park"], [], "OP Slovenia 2014-2020"),
    ];

    private static ActionItem Item(string id, string what, string owner, DateOnly due, bool done = false) => new(id, what, owner, due, done);

    private static Meeting Make(string project, string partner, string region, DateOnly date, string type, int total, ParticipantCounts byType,
        string[] organisations, string[] goodPractices, string instrument, bool change = false, string decisions = "", string notes = "",
        ActionItem[]? items = null) => new()
    {
        Id = Guid.NewGuid().ToString("N")[..24],
        Project = project, Partner = partner, Region = region, PolicyInstrument = instrument, MeetingType = type, Date = date,
        Format = "in-person", Language = "en", ParticipantsTotal = total, ParticipantsByType = byType,
        Organisations = organisations, GoodPractices = goodPractices, PolicyChangeObserved = change,
        PolicyChange = change ? "Observed change" : "", Decisions = decisions, Notes = notes, ActionItems = items ?? [],
    };
}
