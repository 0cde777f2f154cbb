using System.Security.Cryptography;
using System.Text;

namespace StakeholderBot.Knowledge;

// Section Knowledge. Without CorpusPath the repository's corpus/ folder is looked for from the content root (or the
// app's folder) upwards; without IndexPath the index lives under .data/ with one file per corpus folder. Container
// names the blob container of the shared document library (storage account of the Storage settings); without it
// the corpus folder is the library. Every instance reads the library's change log every LibraryPollSeconds and lists
// the whole container every LibraryFullSyncSeconds.
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    public string CorpusPath { get; set; } = "";
    public string IndexPath { get; set; } = "";
    public int RescanSeconds { get; set; } = 30;
    public string Container { get; set; } = "";
    public int LibraryPollSeconds { get; set; } = 5;
    public int LibraryFullSyncSeconds { get; set; } = 300;

    public TimeSpan RescanInterval => TimeSpan.FromSeconds(RescanSeconds);

    public bool HasContainer => !string.IsNullOrWhiteSpace(Container);

    public TimeSpan LibraryPollInterval => TimeSpan.FromSeconds(LibraryPollSeconds);

    public TimeSpan LibraryFullSyncInterval => TimeSpan.FromSeconds(LibraryFullSyncSeconds);

    // Relative paths are taken from the content root; the corpus is checked by the validator.
    public void ResolvePaths(string contentRoot)
    {
        CorpusPath = CorpusPath.Length > 0
            ? Path.GetFullPath(CorpusPath, contentRoot)
            : FindCorpus(contentRoot) ?? FindCorpus(AppContext.BaseDirectory) ?? Path.Combine(contentRoot, "corpus");
        // One index file per corpus folder, so switching corpora never mixes their documents.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CorpusPath)))[..12].ToLowerInvariant();
        IndexPath = IndexPath.Length > 0 ? Path.GetFullPath(IndexPath, contentRoot) : Path.Combine(contentRoot, ".data", $"knowledge-{key}.db");
    }

    private static string? FindCorpus(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
