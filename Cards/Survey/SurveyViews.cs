namespace StakeholderBot.Cards.Survey;

// What the survey cards show, already resolved to one language by the flow. PageNumber of PageCount counts the pages
// every respondent gets; a follow-up page only some get (Continued) goes under the number of the page before it.
public sealed record SurveyPageView(
    string SurveyId,
    int PageIndex,
    string SurveyTitle,
    string PageTitle,
    int PageNumber,
    int PageCount,
    IReadOnlyList<QuestionView> Questions,
    bool IsLast,
    string Language,
    string? SurveyIntro = null,
    string? PageIntro = null,
    string? Notice = null,
    string? Error = null,
    bool RefreshForEachUser = false,
    int Card = 0,
    bool Continued = false);

public enum InputKind { Text, Number, Date, SingleChoice, MultipleChoice }

public sealed record ChoiceView(string Value, string Title);

public sealed record QuestionView(
    string InputId,
    InputKind Kind,
    string Label,
    bool Required,
    string? Value = null,
    string? Help = null,
    string? Error = null,
    IReadOnlyList<ChoiceView>? Choices = null,
    bool Expanded = false,
    bool Multiline = false,
    int? MaxLength = null,
    string? Pattern = null,
    string? ClientError = null);

// Why is the sentence that says why this support is recommended ("You asked for this support.").
public sealed record RecommendationView(string Title, string Text, string Why);

public sealed record SurveyResultView(
    string SurveyId,
    string SurveyTitle,
    string Notice,
    string? ScoreTitle,
    int? Score,
    string? BandLabel,
    string? BandExplanation,
    IReadOnlyList<RecommendationView> Recommendations,
    string Language,
    bool RefreshForEachUser = false,
    int Card = 0);

public sealed record CountView(string Label, int Count);

public sealed record FrequencyView(string Question, IReadOnlyList<CountView> Counts);

public sealed record SurveyResultsView(
    string SurveyTitle,
    string RegionLabel,
    int Responses,
    double? AverageScore,
    string? ScoreTitle,
    IReadOnlyList<CountView> ScoreBands,
    IReadOnlyList<FrequencyView> Frequencies,
    string? CsvUrl,
    int CsvLinkMinutes,
    string? ContactsUrl = null);
