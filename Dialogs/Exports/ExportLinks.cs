using System.Security.Cryptography;
using System.Text;

namespace StakeholderBot.Dialogs.Exports;

// Short-lived links signed with HMAC-SHA256, so a CSV can be opened in a browser without a Teams token.
public sealed class ExportLinks(Uri publicBaseUrl, byte[] signingKey, TimeProvider? clock = null)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(15);
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    public Uri Create(string kind, IReadOnlyDictionary<string, string> arguments, TimeSpan? lifetime = null)
    {
        var expires = time.GetUtcNow().Add(lifetime ?? DefaultLifetime).ToUnixTimeSeconds();
        var query = Canonical(arguments) + (arguments.Count > 0 ? "&" : "") + "exp=" + expires;
        var signature = Sign(kind, query);
        return new Uri(publicBaseUrl, $"exports/{Uri.EscapeDataString(kind)}?{query}&sig={signature}");
    }

    // Returns the arguments when the signature matches and the link has not expired.
    public IReadOnlyDictionary<string, string>? Validate(string kind, IEnumerable<KeyValuePair<string, string>> query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in query)
        {
            if (!values.TryAdd(key, value)) return null;
        }
        if (!values.Remove("sig", out var signature) || !values.Remove("exp", out var exp)) return null;
        if (!long.TryParse(exp, out var expires) || time.GetUtcNow().ToUnixTimeSeconds() > expires) return null;
        var canonical = Canonical(values) + (values.Count > 0 ? "&" : "") + "exp=" + exp;
        var expected = Sign(kind, canonical);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            ? values
            : null;
    }

    private static string Canonical(IReadOnlyDictionary<string, string> arguments) =>
        string.Join("&", arguments.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => Uri.EscapeDataString(a.Key) + "=" + Uri.EscapeDataString(a.Value)));

    private string Sign(string kind, string query)
    {
        var mac = HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(kind + "?" + query));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
