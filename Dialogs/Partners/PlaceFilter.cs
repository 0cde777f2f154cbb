namespace StakeholderBot.Dialogs.Partners;

// A place typed after `meetings` or `survey results`: a country (its code or its name in any partner language), else
// words of a partner's or a region's name. Both commands resolve it here, so the same words select the same place.
public sealed record PlaceFilter(string Text, string? Country)
{
    public static PlaceFilter Parse(string text) => new(text, Countries.Find(text));

    // Something logged with a partner, a region and its country (a meeting) lies in this place.
    public bool Contains(string partner, string region, string? country) =>
        Country is not null ? country == Country : PlaceWords.Match(Text, partner, region);

    // The configured partner regions in this place: all of the country's, or those whose partner or region it names.
    public IReadOnlyList<PartnerRegion> RegionsIn(PartnerDirectory partners) =>
        [.. partners.Regions.Where(r => Contains(r.Partner, r.Region, r.Country))];

    // How a heading names the place: the country in the reader's language, or the words as typed.
    public string Label(string language) => Country is { } code ? Countries.Name(code, language) : Text;
}
