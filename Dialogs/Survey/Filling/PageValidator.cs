using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StakeholderBot.Cards;
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
        IReadOnlyDictionary<string, string> values, FillContext context)
    {
        var (texts, language) = (context.Texts, context.Language);
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
            var (answer, problem) = Validate(question, raw, context);
            if (problem is null) answers[question.Id] = answer!;
            else errors[question.Id] = question.Error?.For(language) ?? problem;
        }
        return new PageCheck(answers, errors, typed);
    }

    // Returns the canonical answer (how it is kept and stored) or what is wrong with it.
    private static (string? Answer, string? Problem) Validate(SurveyQuestion q, string raw, FillContext context)
    {
        var (texts, language) = (context.Texts, context.Language);
        var b = q.Limits;
        switch (q.Kind)
        {
            case QuestionKind.Number:
                if (!decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                    return (null, texts.NotANumber);
                if (b.Integer && number != decimal.Truncate(number)) return (null, texts.NotAWholeNumber);
                // The bound's own message when the survey gives one ("this survey is for SMEs"), else the range.
                if (number < b.Min) return (null, q.MinError?.For(language) ?? RangeMessage(b, texts));
                if (number > b.Max) return (null, q.MaxError?.For(language) ?? RangeMessage(b, texts));
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
                var (from, until) = (b.MinDate?.On(context.Today), b.MaxDate?.On(context.Today));
                if (date < from) return (null, q.MinError?.For(language) ?? DateRangeMessage(from, until, context));
                if (date > until) return (null, q.MaxError?.For(language) ?? DateRangeMessage(from, until, context));
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

    // Dates as the picker shows them in the respondent's locale, never as yyyy-MM-dd.
    private static string DateRangeMessage(DateOnly? from, DateOnly? until, FillContext context)
    {
        var texts = context.Texts;
        string Long(DateOnly date) => Dates.Long(date, context.Culture);
        return (from, until) switch
        {
            ({ } min, { } max) => texts.Format(texts.DateBetween, Long(min), Long(max)),
            ({ } min, null) => texts.Format(texts.DateFrom, Long(min)),
            _ => texts.Format(texts.DateUntil, Long(until!.Value)),
        };
    }

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
