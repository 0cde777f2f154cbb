using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Documents;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Library;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Documents;

namespace StakeholderBot.Dialogs.Documents;

// The project documents the bot answers from (issue 16): everyone may list them; a project manager adds one by
// sending the file in personal chat, replaces one by sending a file of the same name (after confirming) and removes
// one from the list. A file is read before anything is stored, so a file the bot cannot use changes nothing.
public sealed class DocumentsFlow(AccessPolicy access, IDocumentLibrary library, IFileDownloads downloads, DocumentsOptions options,
    TimeProvider time, ILogger<DocumentsFlow> logger)
{
    private const string Refusal =
        "Only project managers can add documents to the bot's library, so I did not open your file. Please send it to your project manager.";

    private const string PersonalOnly =
        "Please send documents to me in a personal chat: files shared here are visible to everyone in the conversation, and I add documents only from a project manager's personal chat.";

    private const string Outage = "The document library cannot be reached right now, so nothing was changed. Please try again in a minute.";

    public Task<TurnResult> ListAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Say(Reply.FromCard(ListCard(turn))));

    public async Task<TurnResult> OnFilesAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(Refusal);
        if (turn.Conversation.Kind != ConversationKind.Personal) return TurnResult.SayText(PersonalOnly);
        var replies = new List<Reply>();
        foreach (var file in turn.Files ?? []) replies.Add(await AddFileAsync(turn, file, cancellationToken));
        return TurnResult.Say([.. replies]);
    }

    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Action is not { } action) return Invalid();
        if (action.Verb == CardVerbs.DocumentsList) return Card(action, ListCard(turn));
        if (!CanManage(turn)) return Message(action, "Only project managers can change the document library, in their personal chat with me.");
        var path = action.Values.GetValueOrDefault(DocumentKeys.Path, "");
        try
        {
            return action.Verb switch
            {
                CardVerbs.DocumentRemove => Managed(path) is { } entry
                    ? Card(action, DocumentCards.ConfirmRemove(View(entry, true)))
                    : Card(action, Gone()),
                CardVerbs.DocumentRemoveConfirm => await RemoveAsync(action, path, cancellationToken),
                CardVerbs.DocumentReplace => Managed(path) is { } entry
                    ? Message(action, $"Send me the new version as a file named {entry.FileName} in this chat; I will ask you to confirm before it replaces the current one.")
                    : Card(action, Gone()),
                CardVerbs.DocumentReplaceConfirm => await ReplaceAsync(turn, action, path, cancellationToken),
                CardVerbs.DocumentsCancel => await CancelAsync(action, cancellationToken),
                _ => Invalid(),
            };
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Document library unavailable for {Verb} (activity {ActivityId}): {Error}", action.Verb, turn.ActivityId, e.Message);
            return Message(action, Outage);
        }
        catch (ConcurrencyConflictException)
        {
            return Card(action, DocumentCards.Done("The document was changed by someone else meanwhile, so I changed nothing. Here is the library as it is now."));
        }
    }

    // One sent file: checked by name and type, fetched within the limits, read, and only then stored (or kept for
    // confirmation when it would replace a document).
    private async Task<Reply> AddFileAsync(Turn turn, IncomingFile file, CancellationToken cancellationToken)
    {
        var shown = file.Name.Length > 0 ? file.Name : "The file";
        if (FileNames.Clean(file.Name) is not { } name)
            return Reply.FromText($"{shown} was not added: its name cannot be used as a document name. Please rename it and send it again.");
        if (!FileNames.IsReadable(name) || (file.FileType is { Length: > 0 } type && !string.Equals(type.TrimStart('.'), FileNames.Extension(name), StringComparison.OrdinalIgnoreCase)))
            return Reply.FromText($"{name} was not added: I can read PDF, Word (.docx), text, Markdown and HTML files.");

        byte[] content;
        try
        {
            content = await downloads.FetchAsync(file, options.MaxFileBytes, cancellationToken);
        }
        catch (FileDownloadException e)
        {
            logger.LogWarning("File {Name} from {User} not fetched: {Reason}", name, turn.User.Id, e.Message);
            return Reply.FromText($"{name} was not added: {e.Message}");
        }

        PreparedDocument prepared;
        try
        {
            prepared = LibraryIndex.Prepare(name, content);
        }
        catch (UnreadableDocumentException e)
        {
            return Reply.FromText($"{name} was not added: {e.Message}.");
        }
        if (prepared.Passages.Count == 0) return Reply.FromText($"{name} was not added: it has no text I could answer from.");

        if (library.Documents().Any(e => !library.IsManaged(e) && string.Equals(e.FileName, name, StringComparison.OrdinalIgnoreCase)))
            return Reply.FromText($"{name} was not added: a document of that name ships with the bot and is changed only by deploying it. Please rename your file and send it again.");
        var document = new NewDocument(name, content, prepared, AddedBy(turn.User), time.GetUtcNow());
        try
        {
            if (library.Managed(name) is { } existing)
            {
                var staged = new StagedFile(Guid.NewGuid().ToString("N"), name, content, document.AddedBy, document.AddedAt);
                await library.StageAsync(staged, cancellationToken);
                return Reply.FromCard(DocumentCards.ConfirmReplace(View(existing, true), existing.Hash, staged.Id, prepared.Pages, prepared.Title));
            }
            var added = await library.AddAsync(document, null, cancellationToken);
            logger.LogInformation("Document {Name} added by {User}: {Pages} pages, {Passages} passages", name, turn.User.Id, added.Pages, added.Passages);
            return Reply.FromCard(DocumentCards.Added(View(added, true), replaced: false));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Document {Name} not stored: {Error}", name, e.Message);
            return Reply.FromText($"{name} was not added: {Outage}");
        }
        catch (ConcurrencyConflictException)
        {
            return Reply.FromText($"{name} was not added: a document of that name was added meanwhile. Send the file again to replace it.");
        }
    }

    private async Task<TurnResult> RemoveAsync(CardAction action, string path, CancellationToken cancellationToken)
    {
        if (Managed(path) is not { } entry) return Card(action, Gone());
        await library.RemoveAsync(entry, cancellationToken);
        logger.LogInformation("Document {Path} removed", path);
        return Card(action, DocumentCards.Done($"**{Markdown.Escape(entry.Title)}** was removed from the library."));
    }

    private async Task<TurnResult> ReplaceAsync(Turn turn, CardAction action, string path, CancellationToken cancellationToken)
    {
        var stagedId = action.Values.GetValueOrDefault(DocumentKeys.Staged, "");
        if (await library.ReadStagedAsync(stagedId, cancellationToken) is not { } staged)
            return Card(action, DocumentCards.Done("That file is no longer waiting (files wait a day for confirmation). Please send it again."));
        if (Managed(path) is not { } current || current.FileName != staged.Name
            || current.Hash != action.Values.GetValueOrDefault(DocumentKeys.Version, ""))
        {
            await library.DropStagedAsync(stagedId, cancellationToken);
            return Card(action, DocumentCards.Done("The document was changed or removed meanwhile, so I changed nothing. Please send the file again."));
        }
        var prepared = LibraryIndex.Prepare(staged.Name, staged.Content);
        var replaced = await library.AddAsync(
            new NewDocument(staged.Name, staged.Content, prepared, AddedBy(turn.User), time.GetUtcNow()), current, cancellationToken);
        await library.DropStagedAsync(stagedId, cancellationToken);
        logger.LogInformation("Document {Path} replaced: {Pages} pages, {Passages} passages", path, replaced.Pages, replaced.Passages);
        return Card(action, DocumentCards.Added(View(replaced, true), replaced: true));
    }

    private async Task<TurnResult> CancelAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.Values.GetValueOrDefault(DocumentKeys.Staged) is { Length: > 0 } stagedId) await library.DropStagedAsync(stagedId, cancellationToken);
        return Card(action, DocumentCards.Done("Nothing was changed."));
    }

    private JsonObject ListCard(Turn turn)
    {
        var manager = CanManage(turn);
        return DocumentsListCard.Build(library.Documents().Select(e => View(e, manager && library.IsManaged(e))).ToList(), manager);
    }

    private bool CanManage(Turn turn) => turn.Conversation.Kind == ConversationKind.Personal && access.IsProjectManager(turn.User);

    private LibraryEntry? Managed(string path) => library.Documents().FirstOrDefault(e => e.Path == path && library.IsManaged(e));

    private static JsonObject Gone() => DocumentCards.Done("That document is no longer in the library.");

    private static string AddedBy(UserRef user) => user.Name is { Length: > 0 } name ? name : user.AadObjectId ?? user.Id;

    private static DocumentView View(LibraryEntry entry, bool manageable) => new(
        entry.Path, entry.Title, entry.FileName, entry.Type, entry.Pages, entry.Passages, entry.Language, entry.AddedBy, entry.AddedAt,
        entry.Problem, manageable);

    private static TurnResult Invalid() =>
        TurnResult.Answer(new InvokeReply.Error(400, "BadRequest", "This card action is not known; type documents to see the library."));

    private static TurnResult Card(CardAction action, JsonObject card) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Card(card)) : TurnResult.Say(Reply.FromCard(card));

    private static TurnResult Message(CardAction action, string text) =>
        action.IsInvoke ? TurnResult.Answer(new InvokeReply.Message(text)) : TurnResult.SayText(text);
}
