using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace StakeholderBot.Storage.Documents;

// The shared document library in a blob container (Knowledge:Container), one blob per document under its file name.
// Files waiting for confirmation are kept under staged/. The container is created on first use. Who added a document
// and when travel as blob metadata, escaped (metadata is ASCII only). Calls go through StoreCall: an outage becomes
// StoreUnavailableException, a lost race (the blob changed or appeared meanwhile) ConcurrencyConflictException.
// The blob client is made on first use: an instance without a container never needs blob settings.
public sealed class LibraryContainer(Func<BlobServiceClient> service, string containerName)
{
    private const string StagedPrefix = "staged/";
    private const string AddedByKey = "addedby";
    private const string AddedAtKey = "addedat";
    private const string NameKey = "name";
    private readonly Lazy<BlobContainerClient> lazyContainer = new(() => service().GetBlobContainerClient(containerName));
    private Task? created;

    private BlobContainerClient Container => lazyContainer.Value;

    public Task<IReadOnlyList<LibraryBlob>> ListAsync(CancellationToken cancellationToken) => RunAsync("list library documents", async () =>
    {
        var blobs = new List<LibraryBlob>();
        await foreach (var item in Container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, cancellationToken))
        {
            if (item.Name.StartsWith(StagedPrefix, StringComparison.Ordinal)) continue;
            blobs.Add(Describe(item.Name, item.Properties.ETag ?? default, item.Properties.ContentLength, item.Properties.LastModified, item.Metadata));
        }
        return (IReadOnlyList<LibraryBlob>)blobs;
    }, cancellationToken);

    // Null when there is no such document. A blob larger than maxBytes is described but not downloaded.
    public Task<(LibraryBlob Blob, byte[]? Content)?> DownloadAsync(string name, long maxBytes, CancellationToken cancellationToken) =>
        RunAsync<(LibraryBlob, byte[]?)?>($"read library document {name}", async () =>
        {
            var blob = Container.GetBlobClient(name);
            try
            {
                var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
                var described = Describe(name, properties.ETag, properties.ContentLength, properties.LastModified, properties.Metadata);
                if (properties.ContentLength > maxBytes) return (described, null);
                var content = await blob.DownloadContentAsync(new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } }, cancellationToken);
                return (described, content.Value.Content.ToArray());
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        }, cancellationToken);

    // The document's bytes as a stream, for the link a citation opens; null when it is gone.
    public Task<(Stream Content, long Length)?> OpenAsync(string name, CancellationToken cancellationToken) =>
        RunAsync<(Stream, long)?>($"open library document {name}", async () =>
        {
            try
            {
                var download = await Container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
                return (download.Value.Content, download.Value.Details.ContentLength);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
        }, cancellationToken);

    // Adds a new document (replacing: null) or replaces the one last seen with that ETag; someone else's change in
    // between is a ConcurrencyConflictException and writes nothing.
    public Task<LibraryBlob> UploadAsync(string name, byte[] content, string? addedBy, DateTimeOffset addedAt, string? replacing,
        CancellationToken cancellationToken) => RunAsync($"store library document {name}", async () =>
    {
        var metadata = Metadata(addedBy, addedAt);
        var conditions = replacing is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = new ETag(replacing) };
        try
        {
            var stored = await Container.GetBlobClient(name).UploadAsync(new BinaryData(content),
                new BlobUploadOptions { Metadata = metadata, Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypeOf(name) } },
                cancellationToken);
            return new LibraryBlob(name, stored.Value.ETag.ToString(), content.Length, stored.Value.LastModified, addedBy, addedAt);
        }
        catch (RequestFailedException e) when (e.Status == 409 && replacing is null)
        {
            throw new ConcurrencyConflictException($"A document named {name} was added meanwhile.", e);
        }
    }, cancellationToken);

    // False when it was not there (any more).
    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => RunAsync($"remove library document {name}", async () =>
        (await Container.GetBlobClient(name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken)).Value,
        cancellationToken);

    public Task StageAsync(StagedFile file, CancellationToken cancellationToken) => RunAsync($"keep {file.Name} for confirmation", async () =>
    {
        var metadata = Metadata(file.AddedBy, file.AddedAt ?? DateTimeOffset.UtcNow);
        metadata[NameKey] = Uri.EscapeDataString(file.Name);
        await Container.GetBlobClient(StagedPrefix + file.Id).UploadAsync(new BinaryData(file.Content), new BlobUploadOptions { Metadata = metadata }, cancellationToken);
        return true;
    }, cancellationToken);

    public Task<StagedFile?> ReadStagedAsync(string id, CancellationToken cancellationToken) => RunAsync($"read staged file {id}", async () =>
    {
        try
        {
            var download = await Container.GetBlobClient(StagedPrefix + id).DownloadContentAsync(cancellationToken);
            var metadata = download.Value.Details.Metadata;
            return metadata.TryGetValue(NameKey, out var name)
                ? new StagedFile(id, Uri.UnescapeDataString(name), download.Value.Content.ToArray(), AddedBy(metadata), AddedAt(metadata))
                : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }, cancellationToken);

    public Task DeleteStagedAsync(string id, CancellationToken cancellationToken) => RunAsync($"drop staged file {id}", async () =>
        (await Container.GetBlobClient(StagedPrefix + id).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value, cancellationToken);

    // Files nobody confirmed or cancelled within the given time.
    public Task<int> DropStagedOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken) => RunAsync("drop unconfirmed files", async () =>
    {
        var dropped = 0;
        await foreach (var item in Container.GetBlobsAsync(BlobTraits.None, BlobStates.None, StagedPrefix, cancellationToken))
        {
            if (item.Properties.LastModified >= before) continue;
            if ((await Container.GetBlobClient(item.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value) dropped++;
        }
        return dropped;
    }, cancellationToken);

    private static LibraryBlob Describe(string name, ETag etag, long? size, DateTimeOffset? modified, IDictionary<string, string> metadata) =>
        new(name, etag.ToString(), size ?? 0, modified ?? DateTimeOffset.MinValue, AddedBy(metadata), AddedAt(metadata));

    private static Dictionary<string, string> Metadata(string? addedBy, DateTimeOffset addedAt)
    {
        var metadata = new Dictionary<string, string> { [AddedAtKey] = addedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(addedBy)) metadata[AddedByKey] = Uri.EscapeDataString(addedBy);
        return metadata;
    }

    private static string? AddedBy(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(AddedByKey, out var value) ? Uri.UnescapeDataString(value) : null;

    private static DateTimeOffset? AddedAt(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(AddedAtKey, out var value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".md" or ".markdown" => "text/markdown; charset=utf-8",
        ".html" or ".htm" => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private async Task<T> RunAsync<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken) =>
        await StoreCall.RunAsync(operation, async () =>
        {
            await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            return await call().ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

    // Created once per process; a failed creation is tried again on the next call.
    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var creation = created ??= Container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        try
        {
            await creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (creation.IsFaulted || creation.IsCanceled)
        {
            _ = Interlocked.CompareExchange(ref created, null, creation);
            throw;
        }
    }
}
