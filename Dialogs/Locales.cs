namespace StakeholderBot.Dialogs;

public static class Locales
{
    public static string LanguageOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return "en";
        var dash = locale.IndexOfAny(['-', '_']);
        var language = (dash > 0 ? locale[..dash] : locale).ToLowerInvariant();
        return language.Length is 2 or 3 && language.All(char.IsAsciiLetterLower) ? language : "en";
    }
}
