using StakeholderBot.Dialogs.Partners;

namespace StakeholderBot.Dialogs.Survey.Definitions;

// Every survey definition the bot knows, loaded and checked once at start-up.
public sealed class SurveyCatalog
{
    private readonly Dictionary<string, SurveyDefinition> byId;

    public SurveyCatalog(IEnumerable<SurveyDefinition> surveys, string defaultId)
    {
        byId = surveys.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        Default = byId.TryGetValue(defaultId, out var survey)
            ? survey
            : throw new SurveyDefinitionException([$"Surveys:Default names '{defaultId}', but no survey has that id (found: {string.Join(", ", byId.Keys)})"]);
    }

    public SurveyDefinition Default { get; }

    public IReadOnlyCollection<SurveyDefinition> All => byId.Values;

    public SurveyDefinition? Find(string id) => byId.GetValueOrDefault(id);

    // A choice list the bot makes: the countries of the partner regions, then "another country".
    public const string PartnerCountries = "partnerCountries";

    // Reads every *.json in the folder and fails with all problems of all files at once.
    public static SurveyCatalog Load(string folder, string defaultId, PartnerDirectory? partners = null)
    {
        var provided = ProvidedLists(partners ?? PartnerDirectory.Default);
        if (!Directory.Exists(folder)) throw new SurveyDefinitionException([$"{folder}: the surveys folder does not exist"]);
        var surveys = new List<SurveyDefinition>();
        var errors = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(Path.GetFileName(folder), Path.GetFileName(path));
            var (definition, problems) = SurveyDefinitionReader.Read(file, File.ReadAllText(path), provided);
            errors.AddRange(problems);
            if (definition is null) continue;
            if (surveys.Any(s => s.Id.Equals(definition.Id, StringComparison.OrdinalIgnoreCase)))
                errors.Add($"{file}: survey id '{definition.Id}' is already used by another file");
            else surveys.Add(definition);
        }
        if (errors.Count > 0) throw new SurveyDefinitionException(errors);
        return new SurveyCatalog(surveys, defaultId);
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<SurveyChoice>> ProvidedLists(PartnerDirectory partners) =>
        new Dictionary<string, IReadOnlyList<SurveyChoice>>
        {
            [PartnerCountries] = [.. partners.Countries.Append(Countries.Other).Select(c => new SurveyChoice(c, new LocalizedText(Countries.NamesOf(c))))],
        };
}

public sealed class SurveyDefinitionException(IReadOnlyList<string> problems)
    : InvalidOperationException("Survey definitions are invalid:\n  " + string.Join("\n  ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
