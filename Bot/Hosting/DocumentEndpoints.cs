using System.Text;
using StakeholderBot.Dialogs.Documents;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Bot.Hosting;

// GET /documents/{**path}?for=..&exp=..&sig=..: opens the document behind a citation, through the signed link the
// answer carried. Only indexed documents the link's reader may see are served: corpus files from inside the corpus
// folder (never through "..", absolute paths or links leading out), documents of the shared library from its blob
// container, Markdown files and stored documents (logged meetings) as readable pages (DocumentPages). A link that is not genuine and current is refused before anything is looked up.
public static class DocumentEndpoints
{
    // Documents are data: nothing in them may run in the reader's browser.
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".markdown"] = "text/markdown; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pdf"] = "application/pdf",
    };

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{**path}", async (string? path, HttpRequest request, HttpResponse response, SignedLinks links, KnowledgeBase knowledge,
            IDocumentLibrary library, CancellationToken cancellationToken) =>
        {
            var query = request.Query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString()));
            if (path is null || links.ValidateDocument(path, query) is not { } reader) return LinkRefusal.Forbidden();
            if (knowledge.FindDocument(path, reader) is not { } document) return Results.NotFound();
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.ContentSecurityPolicy = Policy;
            // The signed link is the key to the page: kept out of shared caches and of the Referer of links followed from it.
            response.Headers.CacheControl = "private, no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";
            if (document.Kind == DocumentKind.Stored)
                return Results.Text(DocumentPages.FromText(document.Title, document.Language, document.Text ?? ""), "text/html; charset=utf-8", Encoding.UTF8);
            if (document.Kind == DocumentKind.Library)
                return await LibraryFileAsync(library, document.Path, cancellationToken);

            if (CorpusFile(knowledge.CorpusPath, document.Path) is not { } file || !ContentTypes.TryGetValue(file.Extension, out var contentType))
                return Results.NotFound();
            // Markdown is read as a page, not as its source.
            if (contentType.StartsWith("text/markdown", StringComparison.Ordinal))
            {
                var markdown = await File.ReadAllTextAsync(file.FullName, cancellationToken);
                return Results.Text(DocumentPages.FromMarkdown(document.Title, document.Language, markdown), "text/html; charset=utf-8", Encoding.UTF8);
            }
            return Results.File(file.FullName, contentType, fileDownloadName: null, enableRangeProcessing: true);
        });
        return app;
    }

    private static async Task<IResult> LibraryFileAsync(IDocumentLibrary library, string path, CancellationToken cancellationToken)
    {
        if (library.Documents().FirstOrDefault(e => e.Path == path) is not { } entry
            || !ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType)) return Results.NotFound();
        try
        {
            return await library.OpenAsync(entry, cancellationToken) is { } opened
                ? Results.Stream(opened.Content, contentType)
                : Results.NotFound();
        }
        catch (Storage.StoreUnavailableException)
        {
            return Results.Problem("The document library cannot be reached right now; please try again in a minute.", statusCode: 503);
        }
    }

    // The file for an indexed path, provided it (and any link it is) resolves inside the corpus folder.
    private static FileInfo? CorpusFile(string corpusPath, string documentPath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusPath)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, documentPath));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return null;
        var file = new FileInfo(full);
        if (!file.Exists) return null;
        // The indexer skips links, but a link may have replaced the file since: follow nothing out of the corpus.
        for (FileSystemInfo? entry = file; entry is not null && entry.FullName.Length >= root.Length; entry = (entry as FileInfo)?.Directory ?? (entry as DirectoryInfo)?.Parent)
            if (entry.LinkTarget is not null) return null;
        return file;
    }
}
