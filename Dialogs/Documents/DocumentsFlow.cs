using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Documents;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Documents.Pdf;
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
    public Task<TurnResult> ListAsync(Turn turn, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Say(Reply.FromCard(ListCard(turn))));

    public async Task<TurnResult> OnFilesAsync(Turn turn, CancellationToken cancellationToken)
    {
        var texts = DocumentTexts.For(turn.Language);
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(texts.ManagersOnlyAdd);
        if (turn.Conversation.Kind != ConversationKind.Personal) return TurnResult.SayText(texts.PersonalOnly);
        var replies = new List<Reply>();
        foreach (var file in turn.Files ?? []) replies.Add(await AddFileAsync(turn, file, texts, cancellationToken));
        return TurnResult.Say([.. replies]);
    }

    public async Task<TurnResult> OnActionAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (turn.Action is not { } action) return Invalid();
        var texts = DocumentTexts.For(turn.Language);
        if (action.Verb == CardVerbs.DocumentsList) return Card(action, ListCard(turn, texts));
        if (!CanManage(turn)) return Message(action, texts.ManagersOnlyChange);
        var path = action.Values.GetValueOrDefault(DocumentKeys.Path, "");
        try
        {
            return action.Verb switch
            {
                CardVerbs.DocumentRemove => Managed(path) is { } entry
                    ? Card(action, DocumentCards.ConfirmRemove(View(entry, true), texts))
                    : Card(action, Gone(texts)),
                CardVerbs.DocumentRemoveConfirm => await RemoveAsync(action, path, texts, cancellationToken),
                CardVerbs.DocumentReplace => Managed(path) is { } entry
                    ? Message(action, texts.Format(texts.SendNewVersion, entry.FileName))
                    : Card(action, Gone(texts)),
                CardVerbs.DocumentReplaceConfirm => await ReplaceAsync(turn, action, path, texts, cancellationToken),
                CardVerbs.DocumentsCancel => await CancelAsync(action, texts, cancellationToken),
                _ => Invalid(),
            };
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Document library unavailable for {Verb} (activity {ActivityId}): {Error}", action.Verb, turn.ActivityId, e.Message);
            return Message(action, texts.Outage);
        }
        catch (ConcurrencyConflictException)
        {
            return Card(action, DocumentCards.Done(texts.ChangedBySomeone, texts));
        }
    }

    // One sent file: checked by name and type, fetched within the limits, read, and only then stored (or kept for
    // confirmation when it would replace a document).
    private async Task<Reply> AddFileAsync(Turn turn, IncomingFile file, DocumentTexts texts, CancellationToken cancellationToken)
    {
        if (FileNames.Clean(file.Name) is not { } name)
            return NotAdded(texts, file.Name.Length > 0 ? file.Name : texts.TheFile, texts.BadName);
        if (!FileNames.IsReadable(name) || (file.FileType is { Length: > 0 } type && !string.Equals(type.TrimStart('.'), FileNames.Extension(name), StringComparison.OrdinalIgnoreCase)))
            return NotAdded(texts, name, texts.WrongType);

        byte[] content;
        try
        {
            content = await downloads.FetchAsync(file, options.MaxFileBytes, cancellationToken);
        }
        catch (FileDownloadException e)
        {
            logger.LogWarning("File {Name} from {User} not fetched: {Problem}", name, turn.User.Id, e.Problem);
            return NotAdded(texts, name, Why(e.Problem, texts));
        }

        PreparedDocument prepared;
        try
        {
            prepared = LibraryIndex.Prepare(name, content);
        }
        catch (UnreadableDocumentException e)
        {
            logger.LogInformation("File {Name} from {User} not readable: {Reason}", name, turn.User.Id, e.Message);
            return NotAdded(texts, name, Why(e.Reason, name, texts));
        }
        if (prepared.Passages.Count == 0) return NotAdded(texts, name, texts.NoPassages);

        if (library.Documents().Any(e => !library.IsManaged(e) && string.Equals(e.FileName, name, StringComparison.OrdinalIgnoreCase)))
            return NotAdded(texts, name, texts.ShippedName);
        var document = new NewDocument(name, content, prepared, AddedBy(turn.User), time.GetUtcNow());
        try
        {
            if (library.Managed(name) is { } existing)
            {
                var staged = new StagedFile(Guid.NewGuid().ToString("N"), name, content, document.AddedBy, document.AddedAt);
                await library.StageAsync(staged, cancellationToken);
                return Reply.FromCard(DocumentCards.ConfirmReplace(View(existing, true), existing.Hash, staged.Id, prepared.Pages, prepared.Title, texts));
            }
            var added = await library.AddAsync(document, null, cancellationToken);
            logger.LogInformation("Document {Name} added by {User}: {Pages} pages, {Passages} passages", name, turn.User.Id, added.Pages, added.Passages);
            return Reply.FromCard(DocumentCards.Added(View(added, true), replaced: false, texts));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Document {Name} not stored: {Error}", name, e.Message);
            return NotAdded(texts, name, texts.Outage);
        }
        catch (ConcurrencyConflictException)
        {
            return NotAdded(texts, name, texts.AddedMeanwhile);
        }
    }

    private async Task<TurnResult> RemoveAsync(CardAction action, string path, DocumentTexts texts, CancellationToken cancellationToken)
    {
        if (Managed(path) is not { } entry) return Card(action, Gone(texts));
        await library.RemoveAsync(entry, cancellationToken);
        logger.LogInformation("Document {Path} removed", path);
        return Card(action, DocumentCards.Done(texts.Format(texts.Removed, Markdown.Escape(entry.Title)), texts));
    }

    private async Task<TurnResult> ReplaceAsync(Turn turn, CardAction action, string path, DocumentTexts texts, CancellationToken cancellationToken)
    {
        var stagedId = action.Values.GetValueOrDefault(DocumentKeys.Staged, "");
        if (await library.ReadStagedAsync(stagedId, cancellationToken) is not { } staged)
            return Card(action, DocumentCards.Done(texts.NoLongerWaiting, texts));
        if (Managed(path) is not { } current || current.FileName != staged.Name
            || current.Hash != action.Values.GetValueOrDefault(DocumentKeys.Version, ""))
        {
            await library.DropStagedAsync(stagedId, cancellationToken);
            return Card(action, DocumentCards.Done(texts.ChangedOrRemoved, texts));
        }
        var prepared = LibraryIndex.Prepare(staged.Name, staged.Content);
        var replaced = await library.AddAsync(
            new NewDocument(staged.Name, staged.Content, prepared, AddedBy(turn.User), time.GetUtcNow()), current, cancellationToken);
        await library.DropStagedAsync(stagedId, cancellationToken);
        logger.LogInformation("Document {Path} replaced: {Pages} pages, {Passages} passages", path, replaced.Pages, replaced.Passages);
        return Card(action, DocumentCards.Added(View(replaced, true), replaced: true, texts));
    }

    private async Task<TurnResult> CancelAsync(CardAction action, DocumentTexts texts, CancellationToken cancellationToken)
    {
        if (action.Values.GetValueOrDefault(DocumentKeys.Staged) is { Length: > 0 } stagedId) await library.DropStagedAsync(stagedId, cancellationToken);
        return Card(action, DocumentCards.Done(texts.NothingChanged, texts));
    }

    private JsonObject ListCard(Turn turn) => ListCard(turn, DocumentTexts.For(turn.Language));

    private JsonObject ListCard(Turn turn, DocumentTexts texts)
    {
        var manager = CanManage(turn);
        return DocumentsListCard.Build(library.Documents().Select(e => View(e, manager && library.IsManaged(e))).ToList(), manager, texts);
    }

    private bool CanManage(Turn turn) => turn.Conversation.Kind == ConversationKind.Personal && access.IsProjectManager(turn.User);

    private LibraryEntry? Managed(string path) => library.Documents().FirstOrDefault(e => e.Path == path && library.IsManaged(e));

    private static JsonObject Gone(DocumentTexts texts) => DocumentCards.Done(texts.Gone, texts);

    private static Reply NotAdded(DocumentTexts texts, string name, string reason) => Reply.FromText(texts.Format(texts.NotAdded, name, reason));

    private string Why(FileProblem problem, DocumentTexts texts) => problem switch
    {
        FileProblem.NoLink => texts.NoLink,
        FileProblem.ArrivedDamaged => texts.ArrivedDamaged,
        FileProblem.NotFromTeams => texts.NotFromTeams,
        FileProblem.HostNotAllowed => texts.HostNotAllowed,
        FileProblem.Redirects => texts.Redirects,
        FileProblem.LinkExpired => texts.LinkExpired,
        FileProblem.StoreRefused => texts.StoreRefused,
        FileProblem.TimedOut => texts.Format(texts.TimedOut, options.DownloadTimeoutSeconds),
        FileProblem.StoreUnreachable => texts.StoreUnreachable,
        FileProblem.TooLarge => texts.Format(texts.TooLarge, options.MaxFileMegabytes),
        _ => texts.UnreadableForm,
    };

    private static string Why(UnreadableReason reason, string name, DocumentTexts texts) => reason switch
    {
        UnreadableReason.Encrypted => texts.Encrypted,
        UnreadableReason.NoText => texts.NoText,
        UnreadableReason.TooLarge => texts.Format(texts.TooManyPages, PdfReader.MaxPages),
        _ => texts.Format(texts.Damaged, FileNames.Extension(name).ToUpperInvariant()),
    };

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
