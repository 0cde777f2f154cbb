using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Server-side checks of each question kind, on the default survey's own questions.
public sealed class SurveyValidationTests
{
    private static readonly SurveyDefinition Survey = SurveyCatalog.Load(Path.Combine(AppContext.BaseDirectory, "surveys"), "sme-readiness").Default;
    private static readonly Dictionary<string, string> Exporting = new() { ["intl_level"] = "regular", ["support_used"] = "training", ["contact_ok"] = "yes" };
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly FillContext English = FillContext.For("en", "en-US", Today);

    [Theory]
    [InlineData("employees", "12", "12", null)]
    [InlineData("employees", " 12 ", "12", null)]
    [InlineData("employees", "0", null, "Enter a number from 1 to 249.")]
    [InlineData("employees", "400", null, "This survey is for SMEs, companies with fewer than 250 employees, so it does not fit a company of your size. Thank you for your interest.")]
    [InlineData("employees", "249", "249", null)]
    [InlineData("employees", "12.5", null, "Enter a whole number.")]
    [InlineData("employees", "twelve", null, "Enter a number.")]
    [InlineData("employees", "1e3", null, "Enter a number.")]
    [InlineData("export_share", "12.50", "12.5", null)]
    [InlineData("export_share", "-1", null, "Enter a number from 0 to 100.")]
    [InlineData("region", "it", "it", null)]
    [InlineData("region", "IT", null, "Choose one of the options.")]
    [InlineData("barriers", "logistics,information,logistics", "information,logistics", null)]
    [InlineData("barriers", "information,bribes", null, "Choose one of the options.")]
    [InlineData("plan_market", "maybe", null, "Choose one of the options.")]
    [InlineData("ready_strategy", "6", null, "Choose one of the options.")]
    [InlineData("next_step", "2027-03-01", "2027-03-01", null)]
    [InlineData("next_step", "2026-06-01", "2026-06-01", null)]
    [InlineData("next_step", "2026-05-31", null, "This is a step you are planning, so choose today or a later date.")]
    [InlineData("next_step", "2036-01-01", null, "Enter a date from June 1, 2026 to December 31, 2035.")]
    [InlineData("next_step", "01/03/2027", null, "Enter a date.")]
    [InlineData("target_markets", "Line one\nline two", "Line one line two", null)]
    [InlineData("target_markets", "Nul\u0000byte and bell\u0007", "Nulbyte and bell", null)]
    [InlineData("email", "ana@example.com", "ana@example.com", null)]
    [InlineData("email", "ana at example", null, "Enter an email address such as name@example.com.")]
    [InlineData("consent", "no", null, "We can only save your answers with your consent.")]
    [InlineData("consent", "", null, "We can only save your answers with your consent.")]
    [InlineData("intl_level", "", null, "Please answer this question.")]
    public void Answer_IsStoredCanonically_OrRejectedWithTheReason(string question, string typed, string? stored, string? error)
    {
        var page = Survey.Pages.Single(p => p.Questions.Any(q => q.Id == question));
        var values = new Dictionary<string, string> { [PageValidator.InputPrefix + question] = typed };

        var check = PageValidator.Check(page, Exporting, values, English);

        Assert.Equal(stored, check.Answers.GetValueOrDefault(question));
        Assert.Equal(error, check.Errors.GetValueOrDefault(question));
    }

    [Theory]
    [InlineData("en-US", "en", "Enter a date from June 1, 2026 to December 31, 2035.")]
    [InlineData("en-GB", "en", "Enter a date from 1 June 2026 to 31 December 2035.")]
    [InlineData("nl-NL", "nl", "1 juni 2026")]
    [InlineData("hu-HU", "hu", "2035. december 31.")]
    [InlineData("it-IT", "it", "31 dicembre 2035")]
    public void DateOutOfRange_IsExplainedWithDatesAsTheRespondentsLocaleWritesThem(string locale, string language, string expected)
    {
        var page = Survey.Pages.Single(p => p.Id == "abroad");
        var values = new Dictionary<string, string> { ["q.next_step"] = "2036-01-01" };

        var check = PageValidator.Check(page, Exporting, values, FillContext.For(language, locale, Today));

        Assert.Contains(expected, check.Errors["next_step"]);
        Assert.DoesNotContain("2035-12-31", check.Errors["next_step"]);
    }

    [Fact]
    public void TooLongText_IsRejected_AndNothingFromThePageIsKept()
    {
        var page = Survey.Pages.Single(p => p.Id == "barriers");
        var values = new Dictionary<string, string> { ["q.barriers"] = "information", ["q.barrier_other"] = new string('x', 501) };

        var check = PageValidator.Check(page, Exporting, values, FillContext.For("pl", "pl-PL", Today));

        Assert.False(check.IsValid);
        Assert.Equal("Maksymalna liczba znaków: 500.", check.Errors["barrier_other"]);
        Assert.Equal(new string('x', 501), check.Typed["barrier_other"]);
    }

    [Fact]
    public void HiddenQuestions_AreNeitherRequiredNorKept()
    {
        var page = Survey.Pages.Single(p => p.Id == "abroad");
        var values = new Dictionary<string, string> { ["q.export_share"] = "50", ["q.plan_market"] = "no" };

        var check = PageValidator.Check(page, new Dictionary<string, string> { ["intl_level"] = "none" }, values, English);

        Assert.True(check.IsValid);
        Assert.False(check.Answers.ContainsKey("export_share"));
    }

    [Fact]
    public void EffectiveAnswers_DropAnswersWhoseConditionNoLongerHolds()
    {
        var answers = new Dictionary<string, string> { ["intl_level"] = "none", ["export_share"] = "50", ["plan_market"] = "yes" };

        var effective = Visibility.Effective(Survey, answers);

        Assert.False(effective.ContainsKey("export_share"));
        Assert.Equal("yes", effective["plan_market"]);
    }
}
