using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// A summary request -> the partitions it needs (from the small partner directory) -> their meetings in the period.
public sealed class MeetingQueries(MeetingStore store)
{
    public sealed record Answer(IReadOnlyList<Meeting> Meetings, string Scope, IReadOnlyList<PartnerEntry> Partners);

    public sealed record NoSuchPlace(string Place, IReadOnlyList<PartnerEntry> Known);

    public async Task<(Answer? Answer, NoSuchPlace? Missing)> RunAsync(string? project, string place, Period period,
        CancellationToken cancellationToken)
    {
        var partners = (await store.PartnersAsync(cancellationToken)).Where(p => project is null || p.Project == project).ToList();
        var matched = place.Length == 0 ? partners : partners.Where(p => Matches(p, place)).ToList();
        if (place.Length > 0 && matched.Count == 0) return (null, new NoSuchPlace(place, partners));
        var meetings = await store.QueryAsync(matched.Select(p => p.PartitionKey), period.From, period.To, cancellationToken);
        return (new Answer(meetings, Scope(project, place, matched), matched), null);
    }

    // Every word typed must occur in the partner's name or region: "lombardy" finds "Regione Lombardia (Lombardy)".
    public static bool Matches(PartnerEntry partner, string place)
    {
        var wanted = MeetingKeys.Slug(place).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var words = MeetingKeys.Slug(partner.Partner + " " + partner.Region).Split('-').ToHashSet();
        return wanted.All(w => words.Contains(w) || words.Any(x => x.Length >= 4 && w.Length >= 4 && x.StartsWith(w, StringComparison.Ordinal)));
    }

    private static string Scope(string? project, string place, IReadOnlyList<PartnerEntry> matched)
    {
        var projectName = project is null ? "All projects" : MeetingChoices.TitleOf(MeetingChoices.Projects, project);
        if (place.Length == 0) return projectName + " · all partners";
        var names = matched.Select(p => p.Partner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return projectName + " · " + (names.Count <= 3 ? string.Join(", ", names) : $"{names.Count} partners matching \"{place}\"");
    }
}
