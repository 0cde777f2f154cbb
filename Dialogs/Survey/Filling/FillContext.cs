using System.Globalization;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Survey;

namespace StakeholderBot.Dialogs.Survey.Filling;

// Who is answering, as the checks need it: the card's language, the locale dates are written in,
// and the day of answering (a planned date must not lie before it).
public sealed record FillContext(string Language, CultureInfo Culture, DateOnly Today)
{
    public SurveyTexts Texts { get; } = SurveyTexts.For(Language);

    public static FillContext For(string language, string? locale, DateOnly today) =>
        new(language, Dates.CultureFor(language, locale), today);
}
