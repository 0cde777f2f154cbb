using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A summary request -> the partitions of its project (from the small partner directory) -> their meetings in the
// period that lie in the place asked for, streamed: into a tally for the card, or in date order for the CSV. The place
// is matched meeting by meeting: a partner logs meetings in more than one region, and the directory keeps only one.
public sealed class MeetingQueries(MeetingStore store, PartnerDirectory partnerRegions)
{
    public sealed record Answer(string Scope, IReadOnlyList<PartnerEntry> Partners, PlaceFilter? Place);

    public sealed record NoSuchPlace(string Place, IReadOnlyList<PartnerEntry> Known);

    // Folds the period's meetings into `tally`; Summary columns leave out the long texts the card never shows.
    public async Task<(Answer? Answer, NoSuchPlace? Missing)> TallyAsync(string? project, string place, Period period, MeetingTally tally,
        MeetingColumns columns, CancellationToken cancellationToken)
    {
        var (answer, missing) = await ResolveAsync(project, place, cancellationToken);
        if (answer is null) return (null, missing);
        await store.ReadAsync(answer.Partners.Select(p => p.PartitionKey), period.From, period.To, columns,
            meeting => { if (Includes(answer, meeting)) tally.Add(meeting); }, cancellationToken);
        return (answer, null);
    }

    public IAsyncEnumerable<Meeting> InDateOrderAsync(Answer answer, Period period, CancellationToken cancellationToken) =>
        store.InDateOrderAsync(answer.Partners.Select(p => p.PartitionKey), period.From, period.To, cancellationToken)
            .Where(meeting => Includes(answer, meeting));

    // Stored with the meeting; for one logged before the form asked, the country of its partner region.
    public string? CountryOf(Meeting meeting) =>
        meeting.Country.Length > 0 ? meeting.Country : partnerRegions.CountryOf(meeting.Partner, meeting.Region);

    // A country always resolves (its meetings may be none); other words must name a partner or region known here.
    public async Task<(Answer? Answer, NoSuchPlace? Missing)> ResolveAsync(string? project, string place, CancellationToken cancellationToken)
    {
        var partners = (await store.PartnersAsync(cancellationToken)).Where(p => project is null || p.Project == project).ToList();
        if (place.Length == 0) return (new Answer(Scope(project, "all partners"), partners, null), null);
        var filter = PlaceFilter.Parse(place);
        if (filter.Country is not null) return (new Answer(Scope(project, filter.Label("en")), partners, filter), null);
        var named = partners.Where(p => filter.Contains(p.Partner, p.Region, null)).ToList();
        if (named.Count == 0 && filter.RegionsIn(partnerRegions).Count == 0) return (null, new NoSuchPlace(place, partners));
        return (new Answer(Scope(project, Label(place, named)), partners, filter), null);
    }

    // The heading names what the words name: a region ("Lombardy"), else the partners ("Pannon EGTC").
    private string Label(string place, IReadOnlyList<PartnerEntry> named)
    {
        var regions = named.Select(p => p.Region).Concat(partnerRegions.Regions.Select(r => r.Region))
            .Where(region => PlaceWords.Match(place, region)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (regions.Count is > 0 and <= 3) return string.Join(", ", regions);
        var names = named.Select(p => p.Partner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count is > 0 and <= 3 ? string.Join(", ", names) : $"{Math.Max(names.Count, regions.Count)} places matching \"{place}\"";
    }

    private bool Includes(Answer answer, Meeting meeting) =>
        answer.Place is not { } place || place.Contains(meeting.Partner, meeting.Region, CountryOf(meeting));

    private static string Scope(string? project, string place) =>
        (project is null ? "All projects" : MeetingChoices.TitleOf(MeetingChoices.Projects, project)) + " · " + place;
}
