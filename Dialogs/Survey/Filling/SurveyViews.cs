using System.Globalization;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;

namespace StakeholderBot.Dialogs.Survey.Filling;

// Definition + progress + language -> what a page card shows.
public static class SurveyPageViews
{
    public static SurveyPageView Page(SurveyDefinition survey, int pageIndex, IReadOnlyDictionary<string, string> answers,
        string language, SurveyTexts texts, IReadOnlyDictionary<string, string>? typed = null,
        IReadOnlyDictionary<string, string>? errors = null, string? notice = null, string? error = null, bool shared = false,
        IReadOnlySet<string>? alsoShow = null, int card = 0)
    {
        var effective = Visibility.Effective(survey, answers);
        var shown = Visibility.ShownPages(survey, effective);
        var position = Math.Max(0, shown.ToList().IndexOf(pageIndex));
        var page = survey.Pages[pageIndex];
        var number = survey.Pages.Take(pageIndex + 1).Count(Visibility.IsNumbered);
        var questions = page.Questions.Where(q => Visibility.IsShown(q, effective) || alsoShow?.Contains(q.Id) == true)
            .Select(q => Question(q, typed is not null ? typed.GetValueOrDefault(q.Id) : answers.GetValueOrDefault(q.Id),
                errors?.GetValueOrDefault(q.Id), language, texts))
            .ToList();
        return new SurveyPageView(
            survey.Id, pageIndex, survey.Title.For(language), page.Title.For(language),
            number, survey.Pages.Count(Visibility.IsNumbered), questions,
            IsLast: shown.Count == 0 || pageIndex >= shown[^1],
            Language: language,
            SurveyIntro: position == 0 ? survey.Intro.For(language) : null,
            PageIntro: page.Intro?.For(language),
            Notice: notice, Error: error, RefreshForEachUser: shared, Card: card, Continued: !Visibility.IsNumbered(page));
    }

    private static QuestionView Question(SurveyQuestion q, string? value, string? error, string language, SurveyTexts texts)
    {
        var b = q.Limits;
        var view = new QuestionView(PageValidator.InputPrefix + q.Id, InputKind.Text, q.Label.For(language), q.Required,
            Value: value, Help: q.Help?.For(language), Error: error, ClientError: q.Error?.For(language) ?? ClientRule(q, texts));
        return q.Kind switch
        {
            QuestionKind.Text => view with { Multiline = q.Multiline, MaxLength = b.MaxLength ?? SurveyDefinitionChecks.DefaultMaxLength, Pattern = b.Pattern },
            QuestionKind.Number => view with { Kind = InputKind.Number },
            QuestionKind.Date => view with { Kind = InputKind.Date },
            QuestionKind.Single => view with { Kind = InputKind.SingleChoice, Choices = Choices(q, language), Expanded = q.ChoiceList.Count <= 5 },
            QuestionKind.Multiple => view with { Kind = InputKind.MultipleChoice, Choices = Choices(q, language), Expanded = true },
            QuestionKind.Scale => view with { Kind = InputKind.SingleChoice, Choices = Scale(q, language) },
            _ => view with { Kind = InputKind.SingleChoice, Expanded = true, Choices = [new("yes", texts.Yes), new("no", texts.No)] },
        };
    }

    // Teams shows errorMessage when its own check fails, so it names the rule the client enforces
    // (required and a text's pattern; number and date bounds are checked on the server only).
    private static string? ClientRule(SurveyQuestion q, SurveyTexts texts) =>
        q.Kind == QuestionKind.Text && q.Limits.Pattern is not null ? texts.WrongFormat
        : q.Required ? texts.Required
        : null;

    private static List<ChoiceView> Choices(SurveyQuestion q, string language) =>
        q.ChoiceList.Select(c => new ChoiceView(c.Value, c.Text.For(language))).ToList();

    // "1 – Not at all" … "5 – Fully": the ends carry their meaning, the middle is just the number.
    private static List<ChoiceView> Scale(SurveyQuestion q, string language) =>
        Enumerable.Range(SurveyQuestion.ScaleMin, SurveyQuestion.ScaleMax - SurveyQuestion.ScaleMin + 1).Select(i =>
        {
            var value = i.ToString(CultureInfo.InvariantCulture);
            var end = i == SurveyQuestion.ScaleMin ? q.MinLabel : i == SurveyQuestion.ScaleMax ? q.MaxLabel : null;
            return new ChoiceView(value, end is null ? value : $"{value} – {end.For(language)}");
        }).ToList();
}
