using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;

namespace StakeholderBot.Dialogs.Survey.Filling;

// The outcome of checking one page: clean answers to store, errors to show next to the questions,
// and what the respondent typed, to put back into the inputs when the page comes back.
public sealed record PageCheck(
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<string, string> Typed)
{
    public bool IsValid => Errors.Count == 0;
}

// Server-side validation of every answer on a page (the client's checks are a convenience, not a guarantee).
public static class PageValidator
{
    public const string InputPrefix = "q.";
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    public static PageCheck Check(SurveyPage page, IReadOnlyDictionary<string, string> earlierAnswers,
        IReadOnlyDictionary<string, string> values, SurveyTexts texts, string language)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in Visibility.ShownQuestions(page, earlierAnswers))
        {
            var raw = Clean(values.GetValueOrDefault(InputPrefix + question.Id) ?? "");
            typed[question.Id] = raw;
            if (raw.Length == 0)
            {
                if (question.Required) errors[question.Id] = question.Error?.For(language) ?? texts.Required;
                continue;
            }
            var (answer, problem) = Validate(question, raw, texts);
            if (problem is null) answers[question.Id] = answer!;
            else errors[question.Id] = question.Error?.For(language) ?? problem;
        }
        return new PageCheck(answers, errors, typed);
    }

    // Returns the canonical answer (how it is kept and stored) or what is wrong with it.
    private static (string? Answer, string? Problem) Validate(SurveyQuestion q, string raw, SurveyTexts texts)
    {
        var b = q.Limits;
        switch (q.Kind)
        {
            case QuestionKind.Number:
                if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return (null, texts.NotANumber);
                if (b.Integer && number != decimal.Truncate(number)) return (null, texts.NotAWholeNumber);
                if (number < b.Min || number > b.Max) return (null, RangeMessage(b, texts));
                return (number.ToString("0.##########", CultureInfo.InvariantCulture), null);
            case QuestionKind.Text:
                var length = raw.EnumerateRunes().Count();
                if (length < (b.MinLength ?? 0)) return (null, texts.Format(texts.TooShort, b.MinLength!));
                var max = b.MaxLength ?? SurveyDefinitionChecks.DefaultMaxLength;
                if (length > max) return (null, texts.Format(texts.TooLong, max));
                if (b.Pattern is { } pattern && !Matches(raw, pattern)) return (null, texts.WrongFormat);
                return (q.Multiline ? raw : raw.ReplaceLineEndings(" "), null);
            case QuestionKind.Date:
                if (!DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return (null, texts.NotADate);
                if (date < b.MinDate || date > b.MaxDate)
                    return (null, texts.Format(texts.DateBetween, $"{b.MinDate ?? DateOnly.MinValue:yyyy-MM-dd}", $"{b.MaxDate ?? DateOnly.MaxValue:yyyy-MM-dd}"));
                return (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            case QuestionKind.Multiple:
                var chosen = Answers.Split(raw);
                if (chosen.Any(c => q.ChoiceList.All(choice => choice.Value != c))) return (null, texts.UnknownChoice);
                var ordered = q.ChoiceList.Select(c => c.Value).Where(chosen.Contains).ToList();
                if (ordered.Count < (b.Min ?? 0)) return (null, texts.Format(texts.ChooseAtLeast, b.Min!));
                if (ordered.Count > (b.Max ?? int.MaxValue)) return (null, texts.Format(texts.ChooseAtMost, b.Max!));
                return (Answers.Join(ordered), null);
            case QuestionKind.YesNo when q.MustBeYes && raw == "no":
                return (null, texts.MustBeYes);
            default:
                return SurveyDefinitionChecks.PossibleAnswers(q)!.Contains(raw) ? (raw, null) : (null, texts.UnknownChoice);
        }
    }

    private static string RangeMessage(QuestionBounds b, SurveyTexts texts) => (b.Min, b.Max) switch
    {
        ({ } min, { } max) => texts.Format(texts.NumberBetween, min, max),
        ({ } min, null) => texts.Format(texts.NumberAtLeast, min),
        _ => texts.Format(texts.NumberAtMost, b.Max!),
    };

    private static bool Matches(string text, string pattern)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // Control characters other than line breaks and tabs have no place in an answer.
    private static string Clean(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t') text.Append(c);
        }
        return text.ToString();
    }
}
