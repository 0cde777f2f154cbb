using System.Globalization;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Meetings of a period -> what the summary card shows, cut to fit a Teams message.
public static class MeetingSummaryViewBuilder
{
    public const int MeetingsShown = 12;
    public const int ActionsShown = 15;
    public const int OrganisationsShown = 40;

    public static MeetingSummaryView Build(IReadOnlyList<Meeting> meetings, string scope, Period period, DateOnly today,
        string query, string? narrative = null, Uri? csvUrl = null, string? notice = null)
    {
        var totals = MeetingTotals.Of(meetings);
        var latestFirst = meetings.OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var open = meetings
            .SelectMany(m => m.ActionItems.Where(i => !i.Done).Select(i => (Meeting: m, Item: i)))
            .OrderByDescending(a => a.Item.IsOverdue(today)).ThenBy(a => a.Item.Due).ThenBy(a => a.Item.What, StringComparer.Ordinal)
            .ToList();
        return new MeetingSummaryView(
            scope,
            period.Label,
            totals.Interreg,
            MeetingChoices.StakeholderTypes.Select(t => (t.Title, CountOf(totals.ParticipantsByType, t.Value))).ToList(),
            totals.MeetingsByType,
            latestFirst.Take(MeetingsShown).Select(Line).ToList(),
            Math.Max(0, latestFirst.Count - MeetingsShown),
            totals.Organisations.Take(OrganisationsShown).ToList(),
            Math.Max(0, totals.Organisations.Count - OrganisationsShown),
            open.Take(ActionsShown).Select(a => ActionLine(a.Meeting, a.Item, today)).ToList(),
            Math.Max(0, open.Count - ActionsShown),
            query, narrative, csvUrl, notice);
    }

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Where(Meeting meeting) =>
        $"{MeetingChoices.TitleOf(MeetingChoices.Projects, meeting.Project)} · {meeting.Partner} ({meeting.Region})";

    private static MeetingLine Line(Meeting meeting) => new(
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

    private static OpenActionLine ActionLine(Meeting meeting, ActionItem item, DateOnly today) => new(
        item.What, item.Owner, ShortDate(item.Due), item.IsOverdue(today),
        $"{MeetingChoices.TitleOf(MeetingChoices.MeetingTypes, meeting.MeetingType)} {ShortDate(meeting.Date)}, {meeting.Partner}",
        meeting.PartitionKey, MeetingKeys.ActionRow(meeting.Date, meeting.Id, item.Id), item.ETag);

    private static int CountOf(ParticipantCounts counts, string type) => type switch
    {
        MeetingFields.PublicAuthority => counts.PublicAuthority,
        MeetingFields.BusinessSupport => counts.BusinessSupport,
        MeetingFields.Sme => counts.Sme,
        MeetingFields.Research => counts.Research,
        _ => counts.Other,
    };
}
