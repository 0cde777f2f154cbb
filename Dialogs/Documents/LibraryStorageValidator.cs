using Microsoft.Extensions.Options;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage;

namespace StakeholderBot.Dialogs.Documents;

// The shared library needs a blob endpoint in the same account as the tables. Without one the blob client falls back
// to the development emulator (no connection string) or the account's public endpoint (an emulator's connection
// string naming only its table endpoint): documents would go somewhere else than the change log every instance reads.
public sealed class LibraryStorageValidator(IOptions<KnowledgeOptions> knowledge, IOptions<StorageOptions> storage) : IValidateOptions<DocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        if (!knowledge.Value.HasContainer) return ValidateOptionsResult.Success;
        var settings = storage.Value;
        if (settings.TableEndpoint is not null && settings.BlobEndpoint is null)
            return ValidateOptionsResult.Fail(
                $"Knowledge:Container '{knowledge.Value.Container}' needs Storage:BlobEndpoint (https://<account>.blob.core.windows.net) beside Storage:TableEndpoint.");
        if (settings.TableEndpoint is null && Segments(settings.ConnectionString) is { } segments
            && segments.ContainsKey("TableEndpoint") && !segments.ContainsKey("BlobEndpoint"))
            return ValidateOptionsResult.Fail(
                $"Knowledge:Container '{knowledge.Value.Container}' needs a BlobEndpoint=... in Storage:ConnectionString, which names only a TableEndpoint.");
        return ValidateOptionsResult.Success;
    }

    private static Dictionary<string, string>? Segments(string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? null
            : connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(segment => segment.Split('=', 2))
                .Where(pair => pair.Length == 2)
                .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => group.Last()[1], StringComparer.OrdinalIgnoreCase);
}
