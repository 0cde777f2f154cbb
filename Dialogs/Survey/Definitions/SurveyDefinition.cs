namespace StakeholderBot.Dialogs.Survey.Definitions;

// A survey as data (surveys/*.json), already checked: every reference resolves, every bound is consistent.
public sealed record SurveyDefinition(
    string Id,
    int Version,
    IReadOnlyList<string> Locales,
    LocalizedText Title,
    LocalizedText Intro,
    IReadOnlyList<SurveyPage> Pages,
    string RegionQuestion,
    IReadOnlyList<string> ReportQuestions,
    Scoring? Scoring,
    IReadOnlyList<Recommendation> Recommendations,
    RecommendationRules? Recommend = null)
{
    public RecommendationRules RecommendRules => Recommend ?? RecommendationRules.Default;

    public IEnumerable<SurveyQuestion> Questions => Pages.SelectMany(p => p.Questions);

    // What is stored as the response: every question but contact details, which are kept apart (SurveyContactStore).
    public IEnumerable<SurveyQuestion> AnswerQuestions => Questions.Where(q => !q.Contact);

    public SurveyQuestion Question(string id) => Questions.First(q => q.Id == id);

    public string LanguageFor(string language) => Locales.Contains(language) ? language : LocalizedText.Fallback;
}

public sealed record SurveyPage(string Id, LocalizedText Title, IReadOnlyList<SurveyQuestion> Questions, LocalizedText? Intro = null);

public enum QuestionKind { Text, Number, Single, Multiple, Scale, Date, YesNo }

public sealed record SurveyQuestion(
    string Id,
    QuestionKind Kind,
    LocalizedText Label,
    bool Required,
    LocalizedText? Help = null,
    LocalizedText? Error = null,
    IReadOnlyList<SurveyChoice>? Choices = null,
    Condition? ShowIf = null,
    QuestionBounds? Bounds = null,
    LocalizedText? MinLabel = null,
    LocalizedText? MaxLabel = null,
    bool MustBeYes = false,
    bool Multiline = false,
    LocalizedText? MinError = null,
    LocalizedText? MaxError = null,
    bool Contact = false)
{
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    public IReadOnlyList<SurveyChoice> ChoiceList => Choices ?? [];

    public QuestionBounds Limits => Bounds ?? QuestionBounds.None;
}

public sealed record SurveyChoice(string Value, LocalizedText Text);

// Min/Max bound numbers (or the number of selections for multiple choice); dates and text have their own.
public sealed record QuestionBounds(
    decimal? Min = null,
    decimal? Max = null,
    bool Integer = false,
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    DateBound? MinDate = null,
    DateBound? MaxDate = null)
{
    public static QuestionBounds None { get; } = new();
}

// A date limit: a fixed day, or the day of answering (a planned step lies ahead of it).
public sealed record DateBound(DateOnly? Fixed)
{
    public const string TodayWord = "today";

    public static DateBound Today { get; } = new((DateOnly?)null);

    public bool IsToday => Fixed is null;

    public DateOnly On(DateOnly today) => Fixed ?? today;
}

// Show a question only when an earlier answer is one of In (any of them, for multiple choice), or is given at all.
public sealed record Condition(string Question, IReadOnlyList<string>? In = null, bool Answered = false);

public sealed record Scoring(LocalizedText Title, IReadOnlyList<ScoreItem> Items, IReadOnlyList<ScoreBand> Bands);

// A scale counts (value-1)/4; a choice or yes/no counts its points over the highest points of that question.
public sealed record ScoreItem(string Question, decimal Weight, IReadOnlyDictionary<string, decimal>? Points = null);

// Bands are ordered by From (0 first); a score belongs to the last band whose From it reaches.
public sealed record ScoreBand(string Id, int From, LocalizedText Label, LocalizedText Explanation);

// Recommended when the condition holds (matched to the choices it names) or the score falls in one of Bands.
public sealed record Recommendation(string Id, LocalizedText Title, LocalizedText Text, Condition? When, IReadOnlyList<string>? Bands);

// How the result card picks support: what the respondent asked for comes first, what they already use is
// not offered again, and at most Max are shown. AskedFor and AlreadyUsed are questions whose choice values
// are recommendation ids.
public sealed record RecommendationRules(string? AskedFor, string? AlreadyUsed, int Max)
{
    public const int DefaultMax = 3;

    public static RecommendationRules Default { get; } = new(null, null, DefaultMax);
}
