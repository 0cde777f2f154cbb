using System.Globalization;

namespace StakeholderBot.Cards.Documents;

// The documents flow's words (list, cards, refusals), in the help card's languages; English for anything else.
// Counts other than English's are written "Label: n" so no language needs plural forms. Reasons start lower-case:
// they follow NotAdded's "{0} was not added: ".
public sealed partial record DocumentTexts
{
    public required string Culture { get; init; }
    public required string DateFormat { get; init; }
    public required string AddedTitle { get; init; }
    public required string ReplacedTitle { get; init; }
    public required string AskNow { get; init; }
    public required string AllDocuments { get; init; }
    public required string ConfirmReplaceTitle { get; init; }
    public required string ConfirmReplaceText { get; init; }  // {0} file name
    public required string NewVersion { get; init; }          // {0} title
    public required string ReplaceButton { get; init; }
    public required string KeepCurrentButton { get; init; }
    public required string ConfirmRemoveTitle { get; init; }
    public required string ConfirmRemoveText { get; init; }   // {0} title
    public required string RemoveButton { get; init; }
    public required string KeepItButton { get; init; }
    public required string TitleLabel { get; init; }
    public required string FileLabel { get; init; }
    public required string PagesLabel { get; init; }
    public required string PassagesLabel { get; init; }
    public required string LanguageLabel { get; init; }
    public required string AddedLabel { get; init; }
    public required string ListTitle { get; init; }           // {0} count
    public required string EmptyForManager { get; init; }
    public required string Empty { get; init; }
    public required string AddHint { get; init; }
    public required string More { get; init; }                // {0} count
    public required string NotIndexed { get; init; }          // {0} reason
    public required string FileType { get; init; }
    public required string PagesCount { get; init; }          // {0}
    public required string PassagesCount { get; init; }       // {0}
    public required string AddedByAt { get; init; }           // {0} who, {1} when
    public required string AddedAt { get; init; }             // {0} when
    public required string AddedBy { get; init; }             // {0} who
    public required string Shipped { get; init; }
    public required string ManagersOnlyAdd { get; init; }
    public required string PersonalOnly { get; init; }
    public required string Outage { get; init; }
    public required string ManagersOnlyChange { get; init; }
    public required string ChangedBySomeone { get; init; }
    public required string SendNewVersion { get; init; }      // {0} file name
    public required string Removed { get; init; }             // {0} title
    public required string NoLongerWaiting { get; init; }
    public required string ChangedOrRemoved { get; init; }
    public required string NothingChanged { get; init; }
    public required string Gone { get; init; }
    public required string TheFile { get; init; }
    public required string NotAdded { get; init; }            // {0} file name, {1} reason
    public required string BadName { get; init; }
    public required string WrongType { get; init; }
    public required string NoPassages { get; init; }
    public required string ShippedName { get; init; }
    public required string AddedMeanwhile { get; init; }
    public required string Damaged { get; init; }             // {0} file type (PDF, DOCX)
    public required string Encrypted { get; init; }
    public required string NoText { get; init; }
    public required string TooManyPages { get; init; }        // {0} most pages read
    public required string NoLink { get; init; }
    public required string UnreadableForm { get; init; }
    public required string ArrivedDamaged { get; init; }
    public required string NotFromTeams { get; init; }
    public required string HostNotAllowed { get; init; }
    public required string Redirects { get; init; }
    public required string LinkExpired { get; init; }
    public required string StoreRefused { get; init; }
    public required string TimedOut { get; init; }            // {0} seconds
    public required string StoreUnreachable { get; init; }
    public required string TooLarge { get; init; }            // {0} megabytes

    // English only: the singular of the counts.
    public string? OnePage { get; init; }
    public string? OnePassage { get; init; }

    public static DocumentTexts For(string language) => language switch
    {
        "nl" => Dutch,
        "de" => German,
        "hu" => Hungarian,
        "it" => Italian,
        "pl" => Polish,
        "es" => Spanish,
        "lt" => Lithuanian,
        "sl" => Slovenian,
        "ro" => Romanian,
        "pt" => Portuguese,
        _ => English,
    };

    public string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);

    public string Pages(int n) => n == 1 && OnePage is { } one ? one : Format(PagesCount, n);

    public string Passages(int n) => n == 1 && OnePassage is { } one ? one : Format(PassagesCount, n);

    public string Date(DateTimeOffset at) => at.UtcDateTime.ToString(DateFormat, CultureInfo.GetCultureInfo(Culture));
}
