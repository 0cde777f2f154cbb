using System.Globalization;
using System.Text.RegularExpressions;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Storage.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// The form's values checked on the server: either a complete Meeting or the errors per field, never both,
// so nothing is stored half-valid.
public sealed record FormReading(Meeting? Meeting, IReadOnlyDictionary<string, string> Errors);

public static partial class MeetingFormReader
{
    private static readonly DateOnly Earliest = new(2014, 1, 1);

    // Dates in messages are written as the user's locale writes them (the date picker beside them does too).
    public static FormReading Read(IReadOnlyDictionary<string, string> input, string meetingId, DateOnly today, CultureInfo culture,
        PartnerDirectory? partners = null)
    {
        var values = Cleaned(input);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string V(string id) => values.GetValueOrDefault(id, "");

        var project = Choice(values, errors, Project, MeetingChoices.Projects, "Choose a project.");
        var partner = Required(values, errors, Partner, "Partner organisation");
        var region = Required(values, errors, Region, "Region");
        var country = CountryField(values, errors, partner, region, partners ?? PartnerDirectory.Default);
        var instrument = Required(values, errors, PolicyInstrument, "Policy instrument");
        var type = Choice(values, errors, MeetingType, MeetingChoices.MeetingTypes, "Choose the meeting type.");
        var format = Choice(values, errors, Format, MeetingChoices.Formats, "Choose the format.");
        var language = Choice(values, errors, Language, MeetingChoices.Languages, "Choose the language.");
        var date = DateField(values, errors, Date, Earliest, today.AddDays(1), "The meeting date", culture);

        var total = Count(values, errors, ParticipantsTotal, required: true);
        var byType = new ParticipantCounts(Count(values, errors, PublicAuthority), Count(values, errors, BusinessSupport),
            Count(values, errors, Sme), Count(values, errors, Research), Count(values, errors, OtherStakeholder));
        if (!errors.ContainsKey(ParticipantsTotal) && byType.Sum > total)
            errors[ParticipantsTotal] = $"The participants by type add up to {byType.Sum}, more than the total of {total}.";

        var organisations = ListField(values, errors, Organisations, OrganisationsMax, "organisations");
        if (!errors.ContainsKey(Organisations) && organisations.FirstOrDefault(o => o.Contains('@')) is { } email)
            errors[Organisations] = $"Organisation names only, no e-mail addresses (\"{email}\").";
        var goodPractices = ListField(values, errors, GoodPractices, GoodPracticesMax, "good practices");

        foreach (var id in new[] { Topics, Decisions, PolicyChange, Notes }) LongText(values, errors, id);
        var stage = V(ActionPlanStage);
        if (stage.Length > 0 && !MeetingChoices.Contains(MeetingChoices.ActionPlanStages, stage))
            errors[ActionPlanStage] = "Choose an action plan stage from the list.";
        var changeObserved = V(PolicyChangeObserved) == "true";
        if (changeObserved && V(PolicyChange).Length == 0 && !errors.ContainsKey(PolicyChange))
            errors[PolicyChange] = "Describe the change you observed, or switch the toggle off.";

        foreach (var id in new[] { MinutesUrl, AttendanceUrl })
        {
            if (V(id).Length > UrlMax) errors[id] = $"The link is longer than {UrlMax} characters.";
            else if (V(id).Length > 0 && !FormText.IsWebUrl(V(id))) errors[id] = "Enter a full web address starting with http:// or https://.";
        }

        var items = ActionItems(values, errors, date, culture);
        if (errors.Count > 0) return new FormReading(null, errors);

        return new FormReading(new Meeting
        {
            Id = meetingId,
            Project = project,
            Partner = partner,
            Region = region,
            Country = country,
            PolicyInstrument = instrument,
            MeetingType = type,
            Date = date!.Value,
            Format = format,
            Language = language,
            ParticipantsTotal = total,
            ParticipantsByType = byType,
            Organisations = organisations,
            Topics = V(Topics),
            Decisions = V(Decisions),
            ActionItems = items,
            GoodPractices = goodPractices,
            ActionPlanStage = stage,
            PolicyChangeObserved = changeObserved,
            PolicyChange = V(PolicyChange),
            MinutesUrl = V(MinutesUrl),
            AttendanceUrl = V(AttendanceUrl),
            Notes = V(Notes),
            Shareable = V(Shareable) == "true",
        }, errors);
    }

    // Rows filled in part are errors; empty rows are skipped. A row keeps the id of the item it showed.
    private static List<ActionItem> ActionItems(Dictionary<string, string> values, Dictionary<string, string> errors, DateOnly? meetingDate,
        CultureInfo culture)
    {
        var rows = int.TryParse(values.GetValueOrDefault(Rows), out var n) ? Math.Clamp(n, 0, MaxActionRows) : 0;
        var taken = new HashSet<string>(Enumerable.Range(1, rows).Select(r => values.GetValueOrDefault(ActionId(r), ""))
            .Where(id => ItemIdPattern().IsMatch(id)));
        var items = new List<ActionItem>();
        for (var row = 1; row <= rows; row++)
        {
            var what = values.GetValueOrDefault(ActionWhat(row), "");
            var owner = values.GetValueOrDefault(ActionOwner(row), "");
            var dueText = values.GetValueOrDefault(ActionDue(row), "");
            if (what.Length + owner.Length + dueText.Length == 0) continue;
            if (what.Length == 0) errors[ActionWhat(row)] = "Say what is to be done, or clear the row.";
            else if (what.Length > ShortTextMax) errors[ActionWhat(row)] = $"Keep it under {ShortTextMax} characters.";
            if (owner.Length == 0) errors[ActionOwner(row)] = "Name the owner (an organisation or role).";
            else if (owner.Length > ShortTextMax) errors[ActionOwner(row)] = $"Keep it under {ShortTextMax} characters.";
            var earliest = meetingDate ?? Earliest;
            var due = DateField(values, errors, ActionDue(row), earliest, earliest.AddYears(10), "The due date", culture,
                meetingDate is null ? null : "the meeting date");
            if (errors.ContainsKey(ActionWhat(row)) || errors.ContainsKey(ActionOwner(row)) || due is null) continue;

            var id = values.GetValueOrDefault(ActionId(row), "");
            if (!ItemIdPattern().IsMatch(id)) taken.Add(id = NextItemId(taken));
            items.Add(new ActionItem(id, what, owner, due.Value));
        }
        return items;
    }

    private static string NextItemId(HashSet<string> taken)
    {
        for (var i = 1; ; i++)
        {
            var id = "a" + i.ToString("D2", CultureInfo.InvariantCulture);
            if (!taken.Contains(id)) return id;
        }
    }

    [GeneratedRegex("^a[0-9]{2}$")]
    private static partial Regex ItemIdPattern();

    private static Dictionary<string, string> Cleaned(IReadOnlyDictionary<string, string> input) =>
        input.ToDictionary(p => p.Key, p => FormText.Clean(p.Value), StringComparer.Ordinal);
}
