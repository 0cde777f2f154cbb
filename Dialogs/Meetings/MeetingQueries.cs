using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A summary request -> the partitions it needs (from the small partner directory) -> their meetings in the period,
// streamed: into a tally for the card, or in date order for the CSV.
public sealed class MeetingQueries(MeetingStore store, PartnerDirectory partnerRegions)
{
    public sealed record Answer(string Scope, IReadOnlyList<PartnerEntry> Partners);

    public sealed record NoSuchPlace(string Place, IReadOnlyList<PartnerEntry> Known);

    // Folds the period's meetings into `tally`; Summary columns leave out the long texts the card never shows.
    public async Task<(Answer? Answer, NoSuchPlace? Missing)> TallyAsync(string? project, string place, Period period, MeetingTally tally,
        MeetingColumns columns, CancellationToken cancellationToken)
    {
        var (answer, missing) = await ResolveAsync(project, place, cancellationToken);
        if (answer is null) return (null, missing);
        await store.ReadAsync(answer.Partners.Select(p => p.PartitionKey), period.From, period.To, columns, tally.Add, cancellationToken);
        return (answer, null);
    }

    public IAsyncEnumerable<Meeting> InDateOrderAsync(Answer answer, Period period, CancellationToken cancellationToken) =>
        store.InDateOrderAsync(answer.Partners.Select(p => p.PartitionKey), period.From, period.To, cancellationToken);

    public string? CountryOf(Meeting meeting) => partnerRegions.CountryOf(meeting.Partner, meeting.Region);

    public async Task<(Answer? Answer, NoSuchPlace? Missing)> ResolveAsync(string? project, string place, CancellationToken cancellationToken)
    {
        var partners = (await store.PartnersAsync(cancellationToken)).Where(p => project is null || p.Project == project).ToList();
        var matched = place.Length == 0 ? partners : partners.Where(p => Matches(p, place)).ToList();
        if (place.Length > 0 && matched.Count == 0) return (null, new NoSuchPlace(place, partners));
        return (new Answer(Scope(project, place, matched), matched), null);
    }

    // A country ("Hungary", "Magyarország", "hu") finds the partners in it; otherwise every word typed must occur in the
    // partner's name or region: "lombardy" finds "Regione Lombardia (Lombardy)".
    private bool Matches(PartnerEntry partner, string place) =>
        Countries.Find(place) is { } country
            ? partnerRegions.CountryOf(partner.Partner, partner.Region) == country
            : PlaceWords.Match(place, partner.Partner, partner.Region);

    private static string Scope(string? project, string place, IReadOnlyList<PartnerEntry> matched)
    {
        var projectName = project is null ? "All projects" : MeetingChoices.TitleOf(MeetingChoices.Projects, project);
        if (place.Length == 0) return projectName + " · all partners";
        var names = matched.Select(p => p.Partner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return projectName + " · " + (names.Count <= 3 ? string.Join(", ", names) : $"{names.Count} partners matching \"{place}\"");
    }
}
