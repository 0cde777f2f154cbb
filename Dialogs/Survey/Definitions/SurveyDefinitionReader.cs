using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StakeholderBot.Dialogs.Partners;

namespace StakeholderBot.Dialogs.Survey.Definitions;

// Turns one surveys/*.json file into a checked definition, or into the list of everything wrong with it.
public static partial class SurveyDefinitionReader
{
    // Provided lists are choice lists the bot makes from its configuration (the partner countries; by default those
    // of the default partner regions), which a question names like one of the file's own.
    public static (SurveyDefinition? Definition, IReadOnlyList<string> Errors) Read(string file, string json,
        IReadOnlyDictionary<string, IReadOnlyList<SurveyChoice>>? provided = null)
    {
        var errors = new List<string>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return (null, [$"{file}: not valid JSON: {e.Message}"]);
        }
        if (root is not JsonObject obj) return (null, [$"{file}: the survey must be a JSON object"]);

        var survey = new JsonFields(obj, file, errors);
        var id = survey.String("id", required: true);
        if (id is not null && !SurveyId().IsMatch(id)) survey.Error($"id '{id}' must be lowercase letters, digits and '-' (up to 63)");
        var version = survey.Int("version", required: true) ?? 0;
        var locales = ReadLocales(survey);
        var title = survey.Text("title", locales, required: true);
        var intro = survey.Text("intro", locales, required: true);
        var choiceLists = ReadChoiceLists(survey, locales, provided ?? SurveyCatalog.ProvidedLists(PartnerDirectory.Default));
        var pages = ReadPages(survey, file, locales, choiceLists, errors);
        var regionQuestion = survey.String("regionQuestion", required: true);
        var reportQuestions = survey.Strings("reportQuestions") ?? [];
        var scoring = survey.Object("scoring") is { } scoringNode
            ? ScoringReader.ReadScoring(new JsonFields(scoringNode, $"{file}: scoring", errors), locales, errors)
            : null;
        var recommendations = survey.Array("recommendations") is { } recommendationNodes
            ? ScoringReader.ReadRecommendations(recommendationNodes, file, locales, errors)
            : [];
        var recommend = survey.Object("recommend") is { } recommendNode
            ? ScoringReader.ReadRules(new JsonFields(recommendNode, $"{file}: recommend", errors))
            : null;
        survey.RejectUnknown();

        if (errors.Count > 0 || id is null || title is null || intro is null || regionQuestion is null)
            return (null, errors);
        var definition = new SurveyDefinition(id, version, locales, title, intro, pages, regionQuestion,
            reportQuestions, scoring, recommendations, recommend);
        errors.AddRange(SurveyDefinitionChecks.Check(definition, file));
        return errors.Count > 0 ? (null, errors) : (definition, errors);
    }

    private static IReadOnlyList<string> ReadLocales(JsonFields survey)
    {
        var locales = survey.Strings("locales", required: true) ?? [LocalizedText.Fallback];
        if (!locales.Contains(LocalizedText.Fallback)) survey.Error("'locales' must include 'en', the fallback language");
        foreach (var bad in locales.Where(l => !LanguageCode().IsMatch(l)))
            survey.Error($"locale '{bad}' must be a two- or three-letter language code such as 'nl'");
        if (locales.Distinct().Count() != locales.Count) survey.Error("'locales' lists a language twice");
        return locales;
    }

    private static Dictionary<string, IReadOnlyList<SurveyChoice>> ReadChoiceLists(JsonFields survey, IReadOnlyList<string> locales,
        IReadOnlyDictionary<string, IReadOnlyList<SurveyChoice>> provided)
    {
        var lists = new Dictionary<string, IReadOnlyList<SurveyChoice>>(provided, StringComparer.Ordinal);
        if (survey.Object("choiceLists") is not { } node) return lists;
        foreach (var (name, value) in node)
        {
            if (provided.ContainsKey(name)) survey.Error($"choice list '{name}' is made by the bot from its configuration; use another name");
            else if (value is JsonArray array) lists[name] = QuestionReader.ReadChoices(array, $"choice list '{name}'", survey, locales);
            else survey.Error($"choice list '{name}' must be an array");
        }
        return lists;
    }

    private static List<SurveyPage> ReadPages(JsonFields survey, string file, IReadOnlyList<string> locales,
        Dictionary<string, IReadOnlyList<SurveyChoice>> choiceLists, List<string> errors)
    {
        var pages = new List<SurveyPage>();
        var nodes = survey.Array("pages", required: true) ?? [];
        if (nodes.Count == 0) survey.Error("'pages' must list at least one page");
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is not JsonObject node) { survey.Error($"page {i + 1} must be an object"); continue; }
            var pageId = node["id"]?.GetValueKind() == JsonValueKind.String ? node["id"]!.GetValue<string>() : $"#{i + 1}";
            var page = new JsonFields(node, $"{file}: page '{pageId}'", errors);
            page.String("id", required: true);
            if (!QuestionReader.IdPattern().IsMatch(pageId)) page.Error("'id' must be lowercase letters, digits and '_' (up to 64), starting with a letter");
            var title = page.Text("title", locales, required: true);
            var intro = page.Text("intro", locales);
            var questionNodes = page.Array("questions", required: true) ?? [];
            if (questionNodes.Count == 0) page.Error("'questions' must list at least one question");
            var questions = questionNodes
                .Select((q, n) => QuestionReader.Read(q, $"{file}: page '{pageId}'", n, locales, choiceLists, errors))
                .OfType<SurveyQuestion>()
                .ToList();
            page.RejectUnknown();
            if (title is not null) pages.Add(new SurveyPage(pageId, title, questions, intro));
        }
        return pages;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,62}$")]
    private static partial Regex SurveyId();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();
}
