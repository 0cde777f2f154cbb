using System.Text.Json.Nodes;
using StakeholderBot.Dialogs.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

public sealed class SurveyDefinitionTests
{
    private static string SurveysFolder => Path.Combine(AppContext.BaseDirectory, "surveys");

    [Fact]
    public void DefaultSurvey_Loads_WithEightPagesInEightLanguages()
    {
        var survey = SurveyCatalog.Load(SurveysFolder, "sme-readiness").Default;

        Assert.Equal(["en", "nl", "hu", "it", "pl", "es", "lt", "sl"], survey.Locales);
        Assert.Equal(8, survey.Pages.Count);
        Assert.Equal("region", survey.RegionQuestion);
        Assert.True(survey.Question("consent").Required && survey.Question("consent").MustBeYes);
        Assert.Equal(
            ["information", "cultural", "languages", "financing", "partners", "paperwork", "digitalisation", "logistics"],
            survey.Question("barriers").ChoiceList.Select(c => c.Value));
        Assert.All(Enum.GetValues<QuestionKind>(), kind => Assert.Contains(survey.Questions, q => q.Kind == kind));
        Assert.Contains(survey.Questions, q => q.ShowIf is not null);
    }

    [Theory]
    [InlineData("employees", "kind", "\"slider\"", "question 'employees': 'kind' must be one of text, number, single, multiple, scale, date, yesno, got 'slider'")]
    [InlineData("employees", "min", "500", "question 'employees': min (500) is more than max (249)")]
    [InlineData("employees", "requird", "true", "question 'employees': unknown property 'requird'")]
    [InlineData("employees", "pattern", "\"^a\"", "question 'employees': 'pattern' does not apply to a number question")]
    [InlineData("email", "pattern", "\"([a-z\"", "question 'email': pattern: Invalid pattern")]
    [InlineData("export_share", "showIf", "{\"question\":\"intl_level\",\"in\":[\"sometimes\"]}", "question 'export_share': showIf: 'sometimes' is not an answer of 'intl_level'")]
    [InlineData("intl_level", "showIf", "{\"question\":\"plan_market\",\"answered\":true}", "question 'intl_level': showIf: 'plan_market' must be on an earlier page")]
    [InlineData("export_share", "showIf", "{\"question\":\"nowhere\",\"answered\":true}", "question 'export_share': showIf: 'nowhere' is not a question of the survey")]
    [InlineData("consent", "required", "false", "question 'consent': mustBeYes needs required: true")]
    [InlineData("next_step", "min", "\"2040-01-01\"", "question 'next_step': min (2040-01-01) is after max (2035-12-31)")]
    [InlineData("next_step", "max", "\"31/12/2035\"", "question 'next_step': 'max' must be a date as yyyy-MM-dd or \"today\", got '31/12/2035'")]
    [InlineData("target_markets", "maxLength", "0", "question 'target_markets': maxLength must be between 1 and 4000")]
    [InlineData("barriers", "max", "9", "question 'barriers': min and max count selections and cannot exceed the 8 choices")]
    public void BrokenQuestion_StopsLoading_WithTheFileTheQuestionAndWhatIsWrong(string question, string property, string json, string expected)
    {
        var problems = LoadBroken(survey => FindQuestion(survey, question)[property] = JsonNode.Parse(json));

        Assert.Contains(problems, p => p.StartsWith("surveys/broken.json: ") && p.Contains(expected));
    }

    [Fact]
    public void MissingTranslation_NamesTheQuestionAndTheLanguage()
    {
        var problems = LoadBroken(survey => FindQuestion(survey, "employees")["label"]!.AsObject().Remove("hu"));

        Assert.Contains("surveys/broken.json: page 'company': question 'employees': 'label' is missing the translation for 'hu'", problems);
    }

    [Fact]
    public void DuplicateQuestionIds_AndBadReferences_AreAllReportedAtOnce()
    {
        var problems = LoadBroken(survey =>
        {
            FindQuestion(survey, "export_markets")["id"] = "export_share";
            survey["regionQuestion"] = "country";
            survey["scoring"]!["items"]!.AsArray().Add(new JsonObject { ["question"] = "employees" });
            survey["scoring"]!["items"]![0]!["points"]!["sometimes"] = 2;
            survey["recommendations"]![0]!["when"]!["in"]!.AsArray().Add("weather");
            survey["scoring"]!["bands"]![1]!["from"] = 0;
        });

        Assert.Contains("surveys/broken.json: question 'export_share' appears twice", problems);
        Assert.Contains("surveys/broken.json: regionQuestion 'country' is not a question of the survey", problems);
        Assert.Contains(problems, p => p.Contains("scoring: question 'employees': only scale, single choice and yes/no questions can be scored"));
        Assert.Contains(problems, p => p.Contains("scoring: question 'intl_level': points for 'sometimes', which is not one of its answers"));
        Assert.Contains(problems, p => p.Contains("recommendation 'market_research': when: 'weather' is not an answer of 'barriers'"));
        Assert.Contains(problems, p => p.Contains("scoring: band 'developing' must start above band 'early' (0)"));
    }

    [Fact]
    public void ContactQuestion_WithoutConsentToBeContacted_StopsLoading()
    {
        var problems = LoadBroken(survey => FindQuestion(survey, "email").Remove("showIf"));

        Assert.Contains("surveys/broken.json: question 'email': a contact question needs showIf on a yes/no question " +
            "(the consent to be contacted) with in: [\"yes\"]", problems);
    }

    [Fact]
    public void ContactQuestion_ReportedOrScored_StopsLoading()
    {
        var problems = LoadBroken(survey => survey["reportQuestions"]!.AsArray().Add("email"));

        Assert.Contains(problems, p => p.Contains("question 'email': a contact question is stored apart from the answers"));
    }

    [Fact]
    public void NotJson_AndDuplicateSurveyIds_AreReportedPerFile()
    {
        var folder = Directory.CreateTempSubdirectory("surveys-");
        try
        {
            File.Copy(Path.Combine(SurveysFolder, "sme-readiness.json"), Path.Combine(folder.FullName, "a.json"));
            File.Copy(Path.Combine(SurveysFolder, "sme-readiness.json"), Path.Combine(folder.FullName, "b.json"));
            File.WriteAllText(Path.Combine(folder.FullName, "c.json"), "{ \"id\": ");

            var error = Assert.Throws<SurveyDefinitionException>(() => SurveyCatalog.Load(folder.FullName, "sme-readiness"));

            Assert.Contains($"{folder.Name}/b.json: survey id 'sme-readiness' is already used by another file", error.Problems);
            Assert.Contains(error.Problems, p => p.StartsWith($"{folder.Name}/c.json: not valid JSON"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task BrokenDefinition_StopsTheHostFromStarting()
    {
        var folder = Directory.CreateTempSubdirectory("surveys-");
        try
        {
            var survey = JsonNode.Parse(File.ReadAllText(Path.Combine(SurveysFolder, "sme-readiness.json")))!.AsObject();
            FindQuestion(survey, "employees")["min"] = 500;
            File.WriteAllText(Path.Combine(folder.FullName, "sme-readiness.json"), survey.ToJsonString());
            var (exitCode, error) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string>
            {
                ["Surveys__Path"] = folder.FullName,
                ["Knowledge__IndexPath"] = Path.Combine(folder.FullName, "index.db"),
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("StakeholderBot cannot start: Survey definitions are invalid:", error);
            Assert.Contains($"{folder.Name}/sme-readiness.json: question 'employees': min (500) is more than max (249)", error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Surveys:PseudonymKey", "too-short", "Surveys:PseudonymKey must be at least 32 characters")]
    [InlineData("Surveys:Path", "/no/such/folder", "Surveys:Path '/no/such/folder' is not a folder")]
    public void BadSurveySettings_NameTheirKey(string key, string value, string expected)
    {
        var error = StartupChecks.Failure(s => s.AddSurveys(), new Dictionary<string, string?> { [key] = value });

        Assert.Contains(expected, error);
    }

    private static IReadOnlyList<string> LoadBroken(Action<JsonObject> breakIt)
    {
        var survey = JsonNode.Parse(File.ReadAllText(Path.Combine(SurveysFolder, "sme-readiness.json")))!.AsObject();
        breakIt(survey);
        var (definition, problems) = SurveyDefinitionReader.Read("surveys/broken.json", survey.ToJsonString());
        Assert.Null(definition);
        return problems;
    }

    private static JsonObject FindQuestion(JsonObject survey, string id) =>
        survey["pages"]!.AsArray().SelectMany(p => p!["questions"]!.AsArray()).OfType<JsonObject>()
            .Single(q => q["id"]!.GetValue<string>() == id);
}
