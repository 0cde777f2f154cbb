namespace StakeholderBot.Dialogs.Partners;

// Section Partners: the regions the projects' partners work in. The survey offers their countries, and the
// meetings and survey results commands understand a country, a region or a partner by these names.
public sealed class PartnerOptions
{
    public const string Section = "Partners";

    // Empty in configuration means the partner regions named in the projects' documents (Defaults).
    public List<PartnerRegion> Regions { get; set; } = [];

    public static readonly IReadOnlyList<PartnerRegion> Defaults =
    [
        new("upgradesme", "Business Development Friesland", "Friesland", "nl"),
        new("upgradesme", "Municipality of Leeuwarden", "Friesland", "nl"),
        new("upgradesme", "Pannon Business Network Association", "Western Transdanubia", "hu"),
        new("upgradesme", "Hungarian Ministry for National Economy", "Budapest", "hu"),
        new("upgradesme", "South Muntenia Regional Development Agency", "South Muntenia", "ro"),
        new("upgradesme", "Steinbeis Innovation", "Baden-Württemberg", "de"),
        new("upgradesme", "ADRAVE", "Ave Valley", "pt"),
        new("upgradesme", "Fomento de San Sebastián", "Gipuzkoa", "es"),
        new("interventures", "Pannon EGTC", "Baranya", "hu"),
        // The Hungary-Croatia programme the partner works on funds SMEs on both sides of the border.
        new("interventures", "Pannon EGTC", "Hungary-Croatia border region", "hr"),
        new("interventures", "Unioncamere Lombardia", "Lombardy", "it"),
        new("interventures", "Rzeszów Regional Development Agency", "Podkarpackie", "pl"),
        new("interventures", "Association of the Carpathian Euroregion Poland", "Podkarpackie", "pl"),
        new("interventures", "CEEI Burgos", "Castilla y León", "es"),
        new("interventures", "SODEBUR", "Castilla y León", "es"),
        new("interventures", "Klaipėda ID", "Klaipėda", "lt"),
        new("interventures", "Klaipėda City Municipality Administration", "Klaipėda", "lt"),
        new("intra", "Maribor Development Agency", "Podravje", "si"),
    ];
}
