using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Bot.Tests;

// Seeded random meetings made to collide: few dates, ids reused across partners, names typed in other case and
// spacing, same texts and due dates on many action items, done and overdue ones.
public static class RandomMeetings
{
    private static readonly (string Project, string Partner, string Region)[] Partners =
    [
        ("intra", "Regione Lombardia", "Lombardy"), ("intra", "regione  lombardia", "Lombardy"), ("intra", "Pomurje Technology Park", "Pomurje"),
        ("upgradesme", "Steinbeis Europa Zentrum", "Baden-Württemberg"), ("interventures", "Fondazione Politecnico", "Lombardy"),
    ];

    private static readonly string[] Names =
    [
        "Chamber of Commerce Milan", "chamber of commerce  milan", "CHAMBER OF COMMERCE MILAN.", "Politecnico di Milano", "politecnico di milano",
        "Unioncamere", "Région Sud", "Region Sud", "Ängelholm Näringsliv", "angelholm naringsliv", "a-b", "A B", "Zeta", "zeta", "Alpha", "alpha ",
    ];

    private static readonly string[] Types = ["rsg", "webinar", "study-visit", "interregional", "peer-review", "other", "legacy-type"];

    public static List<Meeting> Make(int seed, int count, DateOnly today)
    {
        var random = new Random(seed);
        var meetings = new List<Meeting>();
        var used = new HashSet<(string, string)>();
        while (meetings.Count < count)
        {
            var partner = Partners[random.Next(Partners.Length)];
            var id = meetings.Count > 0 && random.Next(8) == 0 ? meetings[random.Next(meetings.Count)].Id : Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()))[..12] + "000000000000";
            var date = today.AddDays(-random.Next(12));
            var meeting = new Meeting
            {
                Id = id, Project = partner.Project, Partner = partner.Partner, Region = partner.Region,
                PolicyInstrument = Pick(random, "ROP ERDF Lombardy", "rop erdf  lombardy", "OP Slovenia"), MeetingType = Types[random.Next(Types.Length)],
                Date = date, Format = "online", Language = "en", ParticipantsTotal = random.Next(40),
                ParticipantsByType = new ParticipantCounts(random.Next(5), random.Next(5), random.Next(5), random.Next(5), random.Next(5)),
                Organisations = Enumerable.Range(0, random.Next(5)).Select(_ => Names[random.Next(Names.Length)]).ToList(),
                GoodPractices = Enumerable.Range(0, random.Next(3)).Select(_ => Names[random.Next(Names.Length)]).ToList(),
                PolicyChangeObserved = random.Next(3) == 0,
                Decisions = random.Next(4) == 0 ? "" : string.Join("\n", Enumerable.Range(0, random.Next(5)).Select(i => $"- Decision {random.Next(4)} " + new string('x', random.Next(150)))),
                ActionItems = Enumerable.Range(1, random.Next(4)).Select(n => new ActionItem($"a{n:00}", Pick(random, "Send the report", "Book the room", "send the report"),
                    "Owner " + random.Next(3), today.AddDays(random.Next(-3, 4)), Done: random.Next(3) == 0, ETag: "W/\"" + random.Next() + "\"")).ToList(),
            };
            if (used.Add((meeting.PartitionKey, meeting.Id))) meetings.Add(meeting);
        }
        return meetings;
    }

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];
}
