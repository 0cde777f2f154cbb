using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Documents;

// What a project manager sees while adding, replacing and removing documents.
public static class DocumentCards
{
    // After a file was indexed: what the bot now knows, and that questions work at once.
    public static JsonObject Added(DocumentView document, bool replaced, DocumentTexts texts) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(replaced ? texts.ReplacedTitle : texts.AddedTitle),
            AdaptiveCard.Facts(Facts(document, texts)),
            AdaptiveCard.Text(texts.AskNow),
        ],
        [AdaptiveCard.Execute(texts.AllDocuments, CardVerbs.DocumentsList, validate: false)]);

    // A file with the name of a document already in the library: nothing changes until the manager confirms.
    public static JsonObject ConfirmReplace(DocumentView current, string version, string stagedId, int newPages, string newTitle,
        DocumentTexts texts) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(texts.ConfirmReplaceTitle),
            AdaptiveCard.Text(texts.Format(texts.ConfirmReplaceText, Markdown.Escape(current.FileName))),
            AdaptiveCard.Facts(Facts(current, texts)),
            AdaptiveCard.Text(texts.Format(texts.NewVersion, Markdown.Escape(newTitle)) + (newPages > 0 ? " · " + texts.Pages(newPages) : ""), isSubtle: true),
        ],
        [
            AdaptiveCard.Execute(texts.ReplaceButton, CardVerbs.DocumentReplaceConfirm, new JsonObject
            {
                [DocumentKeys.Staged] = stagedId,
                [DocumentKeys.Path] = current.Path,
                [DocumentKeys.Version] = version,
            }, style: "positive", validate: false),
            AdaptiveCard.Execute(texts.KeepCurrentButton, CardVerbs.DocumentsCancel, new JsonObject { [DocumentKeys.Staged] = stagedId }, validate: false),
        ]);

    public static JsonObject ConfirmRemove(DocumentView document, DocumentTexts texts) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(texts.ConfirmRemoveTitle),
            AdaptiveCard.Text(texts.Format(texts.ConfirmRemoveText, Markdown.Escape(document.Title))),
            AdaptiveCard.Facts(Facts(document, texts)),
        ],
        [
            AdaptiveCard.Execute(texts.RemoveButton, CardVerbs.DocumentRemoveConfirm, new JsonObject { [DocumentKeys.Path] = document.Path }, style: "destructive",
                validate: false),
            AdaptiveCard.Execute(texts.KeepItButton, CardVerbs.DocumentsCancel, new JsonObject(), validate: false),
        ]);

    public static JsonObject Done(string text, DocumentTexts texts) => AdaptiveCard.Create(
        [AdaptiveCard.Text(text)],
        [AdaptiveCard.Execute(texts.AllDocuments, CardVerbs.DocumentsList, validate: false)]);

    private static IEnumerable<(string, string)> Facts(DocumentView document, DocumentTexts texts)
    {
        yield return (texts.TitleLabel, document.Title);
        yield return (texts.FileLabel, document.FileName);
        if (document.Pages > 0) yield return (texts.PagesLabel, document.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return (texts.PassagesLabel, document.Passages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (document.Language.Length > 0) yield return (texts.LanguageLabel, document.Language);
        yield return (texts.AddedLabel, DocumentFacts.Added(document, texts));
    }
}
