using StakeholderBot.Dialogs.Survey.Definitions;

namespace StakeholderBot.Cards.Tests;

// The survey definitions as the bot ships them (copied next to the binaries).
public static class DefaultSurvey
{
    private static readonly Lazy<SurveyCatalog> Catalog = new(() =>
        SurveyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "surveys"), "sme-readiness"));

    public static SurveyDefinition Definition => Catalog.Value.Default;

    // Answers that make every conditional question appear.
    public static Dictionary<string, string> ShowingEverything() => new(StringComparer.Ordinal)
    {
        ["region"] = "nl",
        ["employees"] = "12",
        ["intl_level"] = "regular",
        ["plan_market"] = "yes",
        ["support_used"] = "training,matchmaking",
        ["contact_ok"] = "yes",
    };
}
