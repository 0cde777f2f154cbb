using System.Globalization;

namespace StakeholderBot.Cards.Survey;

// The bot's own words around a survey (buttons, progress, errors, results), per language.
// The survey's questions come from its definition file; these are the same for every survey.
public sealed partial record SurveyTexts
{
    public required string Progress { get; init; }             // {0} page, {1} pages
    public required string ProgressContinued { get; init; }    // {0} page, {1} pages: a follow-up page some respondents get
    public required string Back { get; init; }
    public required string Next { get; init; }
    public required string Submit { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Choose { get; init; }
    public required string FixErrors { get; init; }
    public required string SaveFailed { get; init; }
    public required string Resumed { get; init; }
    public required string StaleCard { get; init; }
    public required string NewerCard { get; init; }
    public required string ContinueHere { get; init; }
    public required string StorageUnavailable { get; init; }
    public required string ThankYou { get; init; }
    public required string AlreadySubmitted { get; init; }
    public required string YourResult { get; init; }
    public required string ScoreLine { get; init; }            // {0} score
    public required string RecommendedSupport { get; init; }
    public required string MatchedTo { get; init; }            // {0} the barriers named
    public required string AskedFor { get; init; }
    public required string ForBand { get; init; }              // {0} the readiness band
    public required string NoRecommendations { get; init; }
    public required string StartNew { get; init; }
    public required string StartMine { get; init; }
    public required string GroupInvitation { get; init; }
    public required string GroupOnlyManagers { get; init; }
    public required string Required { get; init; }
    public required string NotANumber { get; init; }
    public required string NotAWholeNumber { get; init; }
    public required string NumberBetween { get; init; }        // {0} min, {1} max
    public required string NumberAtLeast { get; init; }        // {0}
    public required string NumberAtMost { get; init; }         // {0}
    public required string TooShort { get; init; }             // {0}
    public required string TooLong { get; init; }              // {0}
    public required string WrongFormat { get; init; }
    public required string NotADate { get; init; }
    public required string DateBetween { get; init; }          // {0} min, {1} max
    public required string DateFrom { get; init; }             // {0} min
    public required string DateUntil { get; init; }            // {0} max
    public required string UnknownChoice { get; init; }
    public required string ChooseAtLeast { get; init; }        // {0}
    public required string ChooseAtMost { get; init; }         // {0}
    public required string MustBeYes { get; init; }
    public required string ResultsTitle { get; init; }         // {0} survey title
    public required string Responses { get; init; }
    public required string Region { get; init; }
    public required string AllRegions { get; init; }
    public required string AverageScore { get; init; }
    public required string NoResponses { get; init; }
    public required string NoResponsesFrom { get; init; }      // {0} region
    public required string OneResponse { get; init; }
    public required string DownloadCsv { get; init; }
    public required string CsvLinkLifetime { get; init; }      // {0} minutes
    public required string DownloadContacts { get; init; }
    public required string ResultsOnlyManagers { get; init; }
    public required string UnknownFilter { get; init; }        // {0} word, {1} surveys, {2} regions
    public required string InvitationDeadline { get; init; }   // {0} the day
    public required string InvitationsOnlyManagers { get; init; }
    public required string BadDeadline { get; init; }          // {0} what was typed, {1} an example day
    public required string NothingPosted { get; init; }
    public required string NoInvitationsOpen { get; init; }    // {0} an example day
    public required string InvitationsOpen { get; init; }
    public required string InvitationLine { get; init; }       // {0} where, {1} survey, {2} posted, {3} InvitationUntil or "", {4}-{6} counts
    public required string InvitationUntil { get; init; }      // {0} the deadline
    public required string AGroupChat { get; init; }

    // The CSV's first columns: response id, submitted, survey, version, respondent, language, score, band.
    public required IReadOnlyList<string> CsvColumns { get; init; }

    public string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    public static IReadOnlyList<string> Languages { get; } = ["en", "nl", "hu", "it", "pl", "es", "lt", "sl"];

    public static SurveyTexts For(string language) => language switch
    {
        "nl" => Dutch,
        "hu" => Hungarian,
        "it" => Italian,
        "pl" => Polish,
        "es" => Spanish,
        "lt" => Lithuanian,
        "sl" => Slovenian,
        _ => English,
    };
}
