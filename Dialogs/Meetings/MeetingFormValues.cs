using System.Globalization;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// A stored meeting as form values (for Edit and the confirmation card), and the action-item rows to show.
public static class MeetingFormValues
{
    public static Dictionary<string, string> From(Meeting meeting)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Project] = meeting.Project,
            [Partner] = meeting.Partner,
            [Region] = meeting.Region,
            [Country] = meeting.Country,
            [PolicyInstrument] = meeting.PolicyInstrument,
            [MeetingType] = meeting.MeetingType,
            [Date] = IsoDate(meeting.Date),
            [Format] = meeting.Format,
            [Language] = meeting.Language,
            [ParticipantsTotal] = Number(meeting.ParticipantsTotal),
            [PublicAuthority] = Number(meeting.ParticipantsByType.PublicAuthority),
            [BusinessSupport] = Number(meeting.ParticipantsByType.BusinessSupport),
            [Sme] = Number(meeting.ParticipantsByType.Sme),
            [Research] = Number(meeting.ParticipantsByType.Research),
            [OtherStakeholder] = Number(meeting.ParticipantsByType.Other),
            [Organisations] = string.Join("\n", meeting.Organisations),
            [Topics] = meeting.Topics,
            [Decisions] = meeting.Decisions,
            [GoodPractices] = string.Join("\n", meeting.GoodPractices),
            [ActionPlanStage] = meeting.ActionPlanStage,
            [PolicyChangeObserved] = meeting.PolicyChangeObserved ? "true" : "false",
            [PolicyChange] = meeting.PolicyChange,
            [MinutesUrl] = meeting.MinutesUrl,
            [AttendanceUrl] = meeting.AttendanceUrl,
            [Notes] = meeting.Notes,
            [Shareable] = meeting.Shareable ? "true" : "false",
        };
        var row = 1;
        foreach (var item in meeting.ActionItems.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            values[ActionWhat(row)] = item.What;
            values[ActionOwner(row)] = item.Owner;
            values[ActionDue(row)] = IsoDate(item.Due);
            row++;
        }
        return values;
    }

    // Stored items first (in id order, as From lays them out), then empty rows to add more.
    public static IReadOnlyList<ActionRow> Rows(Meeting? meeting)
    {
        var stored = meeting?.ActionItems.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => new ActionRow(i.Id, i.Done)).ToList() ?? [];
        var total = Math.Clamp(stored.Count + 2, MinActionRows, Math.Max(MaxActionRows, stored.Count));
        return [.. stored, .. Enumerable.Repeat(new ActionRow(null, false), total - stored.Count)];
    }

    // Rows as the form sent them back (ids from the action data), for re-showing the form with errors.
    public static IReadOnlyList<ActionRow> Rows(IReadOnlyDictionary<string, string> values)
    {
        var count = int.TryParse(values.GetValueOrDefault(MeetingFields.Rows), out var n) ? Math.Clamp(n, MinActionRows, MaxActionRows) : MinActionRows;
        return Enumerable.Range(1, count)
            .Select(row => new ActionRow(values.GetValueOrDefault(ActionId(row)), values.GetValueOrDefault(ActionDone(row)) == "true"))
            .ToList();
    }

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
