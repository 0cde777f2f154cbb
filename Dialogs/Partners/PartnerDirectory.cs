namespace StakeholderBot.Dialogs.Partners;

// The configured partner regions, asked the way the commands ask: which countries, which regions a typed place
// names (a country, a region or a partner), which countries a project works in.
public sealed class PartnerDirectory(IReadOnlyList<PartnerRegion> regions)
{
    public static readonly PartnerDirectory Default = new(PartnerOptions.Defaults);

    public IReadOnlyList<PartnerRegion> Regions { get; } = regions;

    // Each country once, sorted by its English name; "another country" is not one of them.
    public IReadOnlyList<string> Countries { get; } = regions.Select(r => r.Country).Distinct()
        .OrderBy(c => Partners.Countries.Name(c, "en"), StringComparer.Ordinal).ToList();

    public IEnumerable<string> CountriesOf(string project) =>
        Regions.Where(r => r.Project == project).Select(r => r.Country).Distinct();

    // The country of a partner and region as logged: the region's when it is a configured region, else the partner's
    // when all its configured regions lie in one country, else the region typed as a country ("Hungary").
    public string? CountryOf(string partner, string region)
    {
        if (Regions.FirstOrDefault(r => PlaceWords.Match(r.Region, region)) is { } known) return known.Country;
        var countries = Regions.Where(r => PlaceWords.Match(r.Partner, partner)).Select(r => r.Country).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : Partners.Countries.Find(region);
    }
}
