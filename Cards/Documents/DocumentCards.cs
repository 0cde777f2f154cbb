using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Documents;

// What a project manager sees while adding, replacing and removing documents.
public static class DocumentCards
{
    // After a file was indexed: what the bot now knows, and that questions work at once.
    public static JsonObject Added(DocumentView document, bool replaced) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(replaced ? "Document replaced" : "Document added"),
            AdaptiveCard.Facts(Facts(document)),
            AdaptiveCard.Text("You can ask me about it now; answers cite it with its page numbers. Every instance of the bot has it within seconds."),
        ],
        [AdaptiveCard.Execute("All documents", CardVerbs.DocumentsList, validate: false)]);

    // A file with the name of a document already in the library: nothing changes until the manager confirms.
    public static JsonObject ConfirmReplace(DocumentView current, string version, string stagedId, int newPages, string newTitle) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading("Replace this document?"),
            AdaptiveCard.Text($"The library already has **{Markdown.Escape(current.FileName)}**. The file you sent would replace it; answers would cite the new version."),
            AdaptiveCard.Facts(Facts(current)),
            AdaptiveCard.Text("New version: " + Markdown.Escape(newTitle) + (newPages > 0 ? " · " + DocumentFacts.Count(newPages, "page") : ""), isSubtle: true),
        ],
        [
            AdaptiveCard.Execute("Replace", CardVerbs.DocumentReplaceConfirm, new JsonObject
            {
                [DocumentKeys.Staged] = stagedId,
                [DocumentKeys.Path] = current.Path,
                [DocumentKeys.Version] = version,
            }, style: "positive", validate: false),
            AdaptiveCard.Execute("Keep the current one", CardVerbs.DocumentsCancel, new JsonObject { [DocumentKeys.Staged] = stagedId }, validate: false),
        ]);

    public static JsonObject ConfirmRemove(DocumentView document) => AdaptiveCard.Create(
        [
            AdaptiveCard.Heading("Remove this document?"),
            AdaptiveCard.Text($"**{Markdown.Escape(document.Title)}** leaves the library on every instance of the bot; answers stop citing it."),
            AdaptiveCard.Facts(Facts(document)),
        ],
        [
            AdaptiveCard.Execute("Remove", CardVerbs.DocumentRemoveConfirm, new JsonObject { [DocumentKeys.Path] = document.Path }, style: "destructive",
                validate: false),
            AdaptiveCard.Execute("Keep it", CardVerbs.DocumentsCancel, new JsonObject(), validate: false),
        ]);

    public static JsonObject Done(string text) => AdaptiveCard.Create(
        [AdaptiveCard.Text(text)],
        [AdaptiveCard.Execute("All documents", CardVerbs.DocumentsList, validate: false)]);

    private static IEnumerable<(string, string)> Facts(DocumentView document)
    {
        yield return ("Title", document.Title);
        yield return ("File", document.FileName);
        if (document.Pages > 0) yield return ("Pages", document.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("Passages", document.Passages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (document.Language.Length > 0) yield return ("Language", document.Language);
        yield return ("Added", DocumentFacts.Added(document));
    }
}
