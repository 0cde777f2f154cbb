using System.Globalization;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Dialogs.Partners;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Dialogs.Meetings;

// Checks for one field each; an error is recorded against the field id so the card shows it there.
public static partial class MeetingFormReader
{
    private static string Required(Dictionary<string, string> values, Dictionary<string, string> errors, string id, string label)
    {
        var value = values.GetValueOrDefault(id, "");
        if (value.Length == 0) errors[id] = label + " is required.";
        else if (value.Length > ShortTextMax) errors[id] = $"Keep it under {ShortTextMax} characters.";
        else if (!value.Any(char.IsLetterOrDigit)) errors[id] = label + " needs letters or digits.";
        return value;
    }

    // The country the meeting is found by: the one chosen, else the country of a partner region. Another region needs
    // one chosen, or `meetings <country>` could never find the meeting.
    private static string CountryField(Dictionary<string, string> values, Dictionary<string, string> errors, string partner, string region,
        PartnerDirectory partners)
    {
        var chosen = values.GetValueOrDefault(Country, "");
        if (chosen.Length > 0)
        {
            if (!Countries.IsKnown(chosen)) errors[Country] = "Choose a country from the list.";
            return chosen;
        }
        if (errors.ContainsKey(Partner) || errors.ContainsKey(Region)) return "";
        if (partners.CountryOf(partner, region) is { } found) return found;
        errors[Country] = $"Choose the country: \"{region}\" is not one of the projects' partner regions.";
        return "";
    }

    private static string Choice(Dictionary<string, string> values, Dictionary<string, string> errors, string id,
        IReadOnlyList<Choice> choices, string message)
    {
        var value = values.GetValueOrDefault(id, "");
        if (!MeetingChoices.Contains(choices, value)) errors[id] = message;
        return value;
    }

    private static DateOnly? DateField(Dictionary<string, string> values, Dictionary<string, string> errors, string id,
        DateOnly earliest, DateOnly latest, string label, CultureInfo culture, string? earliestName = null)
    {
        var text = values.GetValueOrDefault(id, "");
        if (text.Length == 0) { errors[id] = label + " is required."; return null; }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors[id] = label + " must be a date: pick one in the calendar.";
            return null;
        }
        if (date < earliest)
        {
            errors[id] = $"{label} cannot be before {earliestName ?? Dates.Long(earliest, culture)}.";
            return null;
        }
        if (date > latest)
        {
            errors[id] = $"{label} cannot be after {Dates.Long(latest, culture)}.";
            return null;
        }
        return date;
    }

    private static int Count(Dictionary<string, string> values, Dictionary<string, string> errors, string id, bool required = false)
    {
        var text = values.GetValueOrDefault(id, "");
        if (text.Length == 0)
        {
            if (required) errors[id] = "Enter the number of participants.";
            return 0;
        }
        // Teams sends Input.Number as text such as "12" (some clients "12.0").
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
        {
            errors[id] = "Enter a whole number.";
            return 0;
        }
        if (number < 0 || number > ParticipantsMax)
        {
            errors[id] = $"Enter a number from 0 to {ParticipantsMax}.";
            return 0;
        }
        return (int)number;
    }

    private static List<string> ListField(Dictionary<string, string> values, Dictionary<string, string> errors, string id,
        int maxLines, string what)
    {
        var lines = FormText.Lines(values.GetValueOrDefault(id, "")).ToList();
        if (lines.Count > maxLines) errors[id] = $"At most {maxLines} {what}, one per line.";
        else if (lines.FirstOrDefault(l => l.Length > ListLineMax) is { } tooLong)
            errors[id] = $"Each line must be under {ListLineMax} characters (\"{tooLong[..40]}…\").";
        return lines;
    }

    private static void LongText(Dictionary<string, string> values, Dictionary<string, string> errors, string id)
    {
        if (values.GetValueOrDefault(id, "").Length > LongTextMax) errors[id] = $"Keep it under {LongTextMax} characters.";
    }
}
