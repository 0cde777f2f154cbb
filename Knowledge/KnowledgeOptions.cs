using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Knowledge;

// Knowledge:* and OpenAI:* settings. A bad value stops start-up with the key's name.
public sealed record KnowledgeOptions(string CorpusPath, string IndexPath, TimeSpan RescanInterval, ModelOptions? Model)
{
    public static KnowledgeOptions From(IConfiguration configuration)
    {
        var contentRoot = configuration["contentRoot"] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
        string corpus;
        if (configuration["Knowledge:CorpusPath"] is { Length: > 0 } configured)
        {
            corpus = Path.GetFullPath(configured, contentRoot);
            if (!Directory.Exists(corpus)) throw new InvalidOperationException($"Knowledge:CorpusPath '{configured}' is not a folder.");
        }
        else corpus = FindCorpus(contentRoot) ?? FindCorpus(AppContext.BaseDirectory) ?? Path.Combine(contentRoot, "corpus");

        // One index file per corpus folder, so switching corpora never mixes their documents.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(corpus)))[..12].ToLowerInvariant();
        var index = configuration["Knowledge:IndexPath"] is { Length: > 0 } indexPath
            ? Path.GetFullPath(indexPath, contentRoot)
            : Path.Combine(contentRoot, ".data", $"knowledge-{key}.db");

        var rescan = TimeSpan.FromSeconds(30);
        if (configuration["Knowledge:RescanSeconds"] is { Length: > 0 } seconds)
        {
            if (!int.TryParse(seconds, out var value) || value < 1) throw new InvalidOperationException($"Knowledge:RescanSeconds must be a whole number of seconds (1 or more), got '{seconds}'.");
            rescan = TimeSpan.FromSeconds(value);
        }
        return new KnowledgeOptions(corpus, index, rescan, ModelOptions.From(configuration));
    }

    // The repository's corpus/ folder, looked for from the content root (or the app's folder) upwards.
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

public sealed record ModelOptions(Uri Endpoint, string ChatModel, string? ApiKey, TimeSpan Timeout)
{
    public static ModelOptions? From(IConfiguration configuration)
    {
        var endpoint = configuration["OpenAI:Endpoint"];
        var model = configuration["OpenAI:ChatModel"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(model)) return null;
        if (string.IsNullOrWhiteSpace(endpoint)) throw new InvalidOperationException("OpenAI:Endpoint must be set when OpenAI:ChatModel is.");
        if (string.IsNullOrWhiteSpace(model)) throw new InvalidOperationException("OpenAI:ChatModel must be set when OpenAI:Endpoint is.");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"OpenAI:Endpoint must be an absolute http(s) URL, got '{endpoint}'.");
        var timeout = TimeSpan.FromSeconds(20);
        if (configuration["OpenAI:TimeoutSeconds"] is { Length: > 0 } seconds)
        {
            if (!double.TryParse(seconds, System.Globalization.CultureInfo.InvariantCulture, out var value) || value <= 0)
                throw new InvalidOperationException($"OpenAI:TimeoutSeconds must be a positive number, got '{seconds}'.");
            timeout = TimeSpan.FromSeconds(value);
        }
        return new ModelOptions(uri, model.Trim(), configuration["OpenAI:ApiKey"] is { Length: > 0 } key ? key : null, timeout);
    }
}
