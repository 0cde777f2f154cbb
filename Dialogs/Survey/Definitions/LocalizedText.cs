namespace StakeholderBot.Dialogs.Survey.Definitions;

// A text in every language a survey declares; English is the fallback for any other language.
public sealed record LocalizedText(IReadOnlyDictionary<string, string> Texts)
{
    public const string Fallback = "en";

    public string For(string language) =>
        Texts.TryGetValue(language, out var text) ? text : Texts[Fallback];

    public static LocalizedText English(string text) => new(new Dictionary<string, string> { [Fallback] = text });
}
