namespace StakeholderBot.Storage.Meetings;

// The rows of one partition and one day as a query streams them: meeting rows and their action rows (which sort
// right after them). Only a day is held at a time; when the next day starts, the day's meetings are complete.
internal sealed class MeetingDay
{
    private readonly List<MeetingEntity> meetings = [];
    private readonly Dictionary<string, List<ActionItem>> items = new(StringComparer.Ordinal);
    private string? day;

    // The meetings of the previous day when `e` starts a new one, else none.
    public IReadOnlyList<Meeting> Add(MeetingEntity e)
    {
        var isMeeting = MeetingEntities.IsMeeting(e);
        if (!isMeeting && !MeetingEntities.IsAction(e)) return [];
        var rowDay = e.MeetingDate ?? "";
        var done = day is not null && rowDay != day ? Flush() : [];
        day = rowDay;
        if (isMeeting) meetings.Add(e);
        else if (e.MeetingId is { } id)
        {
            if (!items.TryGetValue(id, out var list)) items[id] = list = [];
            list.Add(MeetingEntities.ToActionItem(e));
        }
        return done;
    }

    // The held meetings, by id, each with its action items by item id; the day is then empty.
    public IReadOnlyList<Meeting> Flush()
    {
        if (meetings.Count == 0 && items.Count == 0) return [];
        var complete = meetings
            .Select(e => MeetingEntities.ToMeeting(e,
                items.TryGetValue(e.Id ?? "", out var list) ? list.OrderBy(i => i.Id, StringComparer.Ordinal).ToList() : []))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        meetings.Clear();
        items.Clear();
        day = null;
        return complete;
    }
}
