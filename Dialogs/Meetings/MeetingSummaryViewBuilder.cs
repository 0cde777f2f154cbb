using System.Globalization;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A period's tally (or, for a few meetings, the list) -> what the summary card shows, cut to fit a Teams message.
public static class MeetingSummaryViewBuilder
{
    public const int MeetingsShown = 12;
    public const int ActionsShown = 15;
    public const int OrganisationsShown = 40;

    public static MeetingSummaryView Build(IEnumerable<Meeting> meetings, string scope, Period period, DateOnly today,
        string query, string? narrative = null, Uri? csvUrl = null, string? notice = null)
    {
        var tally = new MeetingTally(today);
        foreach (var meeting in meetings) tally.Add(meeting);
        return Build(tally, scope, period, query, narrative, csvUrl, notice);
    }

    public static MeetingSummaryView Build(MeetingTally tally, string scope, Period period,
        string query, string? narrative = null, Uri? csvUrl = null, string? notice = null)
    {
        var totals = tally.Totals();
        return new MeetingSummaryView(
            scope,
            period.Label,
            totals.Interreg,
            MeetingChoices.StakeholderTypes.Select(t => (t.Title, CountOf(totals.ParticipantsByType, t.Value))).ToList(),
            totals.MeetingsByType,
            tally.Latest.Take(MeetingsShown).Select(LineOf).ToList(),
            Math.Max(0, tally.EventsHeld - MeetingsShown),
            totals.Organisations.Take(OrganisationsShown).ToList(),
            Math.Max(0, totals.Organisations.Count - OrganisationsShown),
            tally.MostUrgent.Select(a => ActionLineOf(a.Meeting, a.Item, tally.Today)).ToList(),
            Math.Max(0, tally.OpenActions - ActionsShown),
            query, narrative, csvUrl, notice, tally.Timeline(period));
    }

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Where(Meeting meeting) =>
        $"{MeetingChoices.TitleOf(MeetingChoices.Projects, meeting.Project)} · {meeting.Partner} ({meeting.Region})";

    public static MeetingLine LineOf(Meeting meeting) => new(
        ShortDate(meeting.Date),
        MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, meeting.MeetingType),
        Where(meeting),
        KeyDecisions(meeting.Decisions));

    // The first decisions as written, enough to recognise the meeting; the CSV has them all.
    private static string KeyDecisions(string decisions)
    {
        var lines = FormText.Lines(decisions).Take(3).ToList();
        var text = string.Join("\n", lines);
        return text.Length <= 300 ? text : text[..299] + "…";
    }

    public static OpenActionLine ActionLineOf(Meeting meeting, ActionItem item, DateOnly today) => new(
        item.What, item.Owner, ShortDate(item.Due), item.IsOverdue(today),
        $"{MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, meeting.MeetingType)} {ShortDate(meeting.Date)}, {meeting.Partner}",
        meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, item.Id), item.ETag);

    public static int CountOf(ParticipantCounts counts, string type) => type switch
    {
        MeetingFields.PublicAuthority => counts.PublicAuthority,
        MeetingFields.BusinessSupport => counts.BusinessSupport,
        MeetingFields.Sme => counts.Sme,
        MeetingFields.Research => counts.Research,
        _ => counts.Other,
    };
}
