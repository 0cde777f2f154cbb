using System.Security.Cryptography;
using System.Text;
using StakeholderBot.Knowledge;

namespace StakeholderBot.Dialogs.Links;

// Links that open in a browser without a Teams token, signed with HMAC-SHA256: CSV exports (short-lived) and the
// documents behind citations. The signature covers the path, every argument (for a document: whom it was shown to)
// and the expiry, so a link cannot be turned to another document, reader or time; every instance sharing the key
// accepts it. A link that fails any check is refused the same way, so a refusal tells nothing about what exists.
public sealed class SignedLinks(Uri publicBaseUrl, byte[] signingKey, TimeSpan documentLifetime, TimeProvider time)
{
    public static readonly TimeSpan ExportLifetime = TimeSpan.FromMinutes(15);
    private const string ReaderArgument = "for";

    public TimeSpan DocumentLifetime => documentLifetime;

    public Uri Export(string kind, IReadOnlyDictionary<string, string> arguments) =>
        Create("exports/" + Uri.EscapeDataString(kind), "exports/" + kind, arguments, ExportLifetime);

    // The arguments of a genuine, unexpired export link of this kind; null otherwise.
    public IReadOnlyDictionary<string, string>? ValidateExport(string kind, IEnumerable<KeyValuePair<string, string>> query) =>
        Validate("exports/" + kind, query);

    // Opens the document for this reader: a project manager's link shows what managers may see, anyone else's only
    // what everyone may.
    public Uri Document(string path, Audience reader)
    {
        var escaped = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return Create("documents/" + escaped, "documents/" + path, new Dictionary<string, string> { [ReaderArgument] = NameOf(reader) }, documentLifetime);
    }

    // The reader a genuine, unexpired link to this document was made for; null otherwise.
    public Audience? ValidateDocument(string path, IEnumerable<KeyValuePair<string, string>> query) =>
        Validate("documents/" + path, query) is { Count: 1 } arguments && arguments.TryGetValue(ReaderArgument, out var reader)
            ? ReaderOf(reader)
            : null;

    private Uri Create(string urlPath, string signedPath, IReadOnlyDictionary<string, string> arguments, TimeSpan lifetime)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var query = Canonical(arguments) + (arguments.Count > 0 ? "&" : "") + "exp=" + expires;
        return new Uri(publicBaseUrl, $"{urlPath}?{query}&sig={Sign(signedPath, query)}");
    }

    private IReadOnlyDictionary<string, string>? Validate(string signedPath, IEnumerable<KeyValuePair<string, string>> query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in query)
        {
            if (!values.TryAdd(key, value)) return null;
        }
        if (!values.Remove("sig", out var signature) || !values.Remove("exp", out var exp)) return null;
        if (!long.TryParse(exp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expires)
            || time.GetUtcNow().ToUnixTimeSeconds() > expires) return null;
        var canonical = Canonical(values) + (values.Count > 0 ? "&" : "") + "exp=" + exp;
        var expected = Sign(signedPath, canonical);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.UTF8.GetBytes(signature))
            ? values
            : null;
    }

    private static string NameOf(Audience reader) => reader == Audience.ProjectManagers ? "managers" : "stakeholders";

    private static Audience? ReaderOf(string name) => name switch
    {
        "managers" => Audience.ProjectManagers,
        "stakeholders" => Audience.Stakeholders,
        _ => null,
    };

    private static string Canonical(IReadOnlyDictionary<string, string> arguments) =>
        string.Join("&", arguments.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => Uri.EscapeDataString(a.Key) + "=" + Uri.EscapeDataString(a.Value)));

    private string Sign(string path, string query)
    {
        var mac = HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(path + "?" + query));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
