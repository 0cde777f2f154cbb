using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Meetings;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The streaming tally against the list-based summary it replaces, on seeded random meetings fed in any order
// (partitions are read in parallel, so the tally never sees a sorted list).
public sealed class MeetingTallyTests
{
    private static readonly DateOnly Today = new(2022, 5, 18);
    private static readonly Period Period = new(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

    public static TheoryData<int, int> Seeds()
    {
        var data = new TheoryData<int, int>();
        foreach (var (seed, count) in new[] { (1, 0), (2, 1), (3, 5), (4, 13), (5, 40), (6, 120), (7, 400), (8, 900) }) data.Add(seed, count);
        for (var seed = 100; seed < 130; seed++) data.Add(seed, 30 + seed % 7 * 25);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tally_InAnyOrder_GivesTheCardTheListBasedSummaryGave(int seed, int count)
    {
        var meetings = RandomMeetings.Make(seed, count, Today);
        var expected = ListSummaryOracle.Build(meetings, "INTRA · all partners", Period, Today, "meetings 2022");

        var tally = new MeetingTally(Today, latestKept: seed % 2 == 0 ? 12 : 40);
        var shuffle = new Random(seed);
        foreach (var meeting in meetings.OrderBy(_ => shuffle.Next())) tally.Add(meeting);
        var actual = MeetingSummaryViewBuilder.Build(tally, "INTRA · all partners", Period, "meetings 2022");

        Assert.Equal(Card(expected), Card(actual));
        Assert.Equal(expected.Meetings, actual.Meetings);
        Assert.Equal(expected.OpenActions, actual.OpenActions);
        Assert.Equal(expected.Organisations, actual.Organisations);
        Assert.Equal(expected.Counts, actual.Counts);
    }

    [Fact]
    public void Tally_RandomMeetings_HaveTheCollisionsTheComparisonNeeds()
    {
        var meetings = RandomMeetings.Make(8, 900, Today);

        Assert.Contains(meetings.GroupBy(m => (m.Date, m.Id)), g => g.Count() > 1);
        Assert.Contains(meetings.SelectMany(m => m.ActionItems), i => i.Done);
        Assert.Contains(meetings.SelectMany(m => m.ActionItems), i => i.IsOverdue(Today));
        Assert.True(meetings.SelectMany(m => m.Organisations).Distinct().Count() > ListSummaryOracle.Build(meetings, "", Period, Today, "").Counts.Organisations);
    }

    [Fact]
    public void Tally_ForTheNarrator_KeepsTheLatestMeetingsWithTheirOpenActions()
    {
        var meetings = RandomMeetings.Make(9, 300, Today);
        var tally = new MeetingTally(Today, latestKept: 40);
        foreach (var meeting in meetings) tally.Add(meeting);

        var latest = tally.Latest;
        Assert.Equal(40, latest.Count);
        var expected = meetings.OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ThenBy(m => m.PartitionKey, StringComparer.Ordinal).Take(40);
        Assert.Equal(expected, latest);
        Assert.Equal(meetings.Sum(m => m.ActionItems.Count(i => !i.Done)), tally.OpenActions);
    }

    private static string Card(MeetingSummaryView view) => MeetingSummaryCard.Build(view).ToJsonString();
}
