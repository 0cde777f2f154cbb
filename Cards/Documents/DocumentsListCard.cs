using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Documents;

// The documents the bot answers from. Project managers get Replace and Remove on the documents added from Teams;
// everyone else sees the list only. Long libraries show the first MaxShown, so the card stays within Teams' size limit.
public static class DocumentsListCard
{
    public const int MaxShown = 40;

    public static JsonObject Build(IReadOnlyList<DocumentView> documents, bool forManager)
    {
        var body = new List<JsonNode?> { AdaptiveCard.Heading($"Project documents ({documents.Count})") };
        if (documents.Count == 0)
            body.Add(AdaptiveCard.Text(forManager
                ? "The library is empty. Send me a PDF, Word, text, Markdown or HTML file in this chat to add it."
                : "The library is empty."));
        else if (forManager)
            body.Add(AdaptiveCard.Text("To add a document, send me the file in this chat. A file with the name of one below replaces it after you confirm.",
                isSubtle: true, size: "Small"));
        foreach (var document in documents.Take(MaxShown)) body.Add(Row(document));
        if (documents.Count > MaxShown)
            body.Add(AdaptiveCard.Text($"… and {documents.Count - MaxShown} more.", isSubtle: true, separator: true));
        return AdaptiveCard.Create(body);
    }

    private static JsonObject Row(DocumentView document)
    {
        var items = new List<JsonNode?>
        {
            AdaptiveCard.Text(Markdown.Escape(document.Title), weight: "Bolder"),
            AdaptiveCard.Text(Markdown.Escape(document.FileName + " · " + DocumentFacts.Line(document)), isSubtle: true, size: "Small"),
        };
        if (document.Problem is { } problem) items.Add(AdaptiveCard.Error("Not indexed: " + Markdown.Escape(problem)));
        if (document.Manageable)
        {
            var data = new JsonObject { [DocumentKeys.Path] = document.Path };
            items.Add(AdaptiveCard.Actions(
                AdaptiveCard.Execute("Replace", CardVerbs.DocumentReplace, data.DeepClone().AsObject(), validate: false),
                AdaptiveCard.Execute("Remove", CardVerbs.DocumentRemove, data, style: "destructive", validate: false)));
        }
        return AdaptiveCard.Container(items, separator: true);
    }
}
