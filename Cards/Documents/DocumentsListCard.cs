using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Documents;

// The documents the bot answers from. Project managers get Replace and Remove on the documents added from Teams;
// everyone else sees the list only. Long libraries show the first MaxShown, so the card stays within Teams' size limit.
public static class DocumentsListCard
{
    public const int MaxShown = 40;

    public static JsonObject Build(IReadOnlyList<DocumentView> documents, bool forManager, DocumentTexts texts)
    {
        var body = new List<JsonNode?> { AdaptiveCard.Heading(texts.Format(texts.ListTitle, documents.Count)) };
        if (documents.Count == 0)
            body.Add(AdaptiveCard.Text(forManager ? texts.EmptyForManager : texts.Empty));
        else if (forManager)
            body.Add(AdaptiveCard.Text(texts.AddHint,
                isSubtle: true, size: "Small"));
        foreach (var document in documents.Take(MaxShown)) body.Add(Row(document, texts));
        if (documents.Count > MaxShown)
            body.Add(AdaptiveCard.Text(texts.Format(texts.More, documents.Count - MaxShown), isSubtle: true, separator: true));
        return AdaptiveCard.Create(body);
    }

    private static JsonObject Row(DocumentView document, DocumentTexts texts)
    {
        var items = new List<JsonNode?>
        {
            AdaptiveCard.Text(Markdown.Escape(document.Title), weight: "Bolder"),
            AdaptiveCard.Text(Markdown.Escape(document.FileName + " · " + DocumentFacts.Line(document, texts)), isSubtle: true, size: "Small"),
        };
        if (document.Problem is { } problem) items.Add(AdaptiveCard.Error(texts.Format(texts.NotIndexed, Markdown.Escape(problem))));
        if (document.Manageable)
        {
            var data = new JsonObject { [DocumentKeys.Path] = document.Path };
            items.Add(AdaptiveCard.Actions(
                AdaptiveCard.Execute(texts.ReplaceButton, CardVerbs.DocumentReplace, data.DeepClone().AsObject(), validate: false),
                AdaptiveCard.Execute(texts.RemoveButton, CardVerbs.DocumentRemove, data, style: "destructive", validate: false)));
        }
        return AdaptiveCard.Container(items, separator: true);
    }
}
