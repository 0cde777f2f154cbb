using System.Collections.Concurrent;
using System.Net;

namespace StakeholderBot.Bot.Auth;

// Where the bot may send replies, and with them its Bot Connector token. A service URL is trusted when a validated
// Bot Connector token named it in its serviceurl claim, or when its host is one of the Teams connector hosts
// (BotAuthOptions.TrustedHosts, Connector:TrustedHosts; public and US government clouds by default), over https on the default port. Loopback
// hosts never leave the machine: trusted on any port in Development (the Agents Playground), and elsewhere when
// listed (a local connector for load tests). Anything else is refused at the door and again before a send.
public sealed class ServiceUrlTrust(IReadOnlyList<string> hosts, bool trustLoopback)
{
    public static readonly IReadOnlyList<string> DefaultHosts =
    [
        "smba.trafficmanager.net",                    // public cloud (all regions: /amer/, /emea/, /teams/, ...)
        "smba.onyx.prod.teams.trafficmanager.net",    // public cloud
        "smba.infra.gcc.teams.microsoft.com",         // US Government Community Cloud
        "smba.infra.gov.teams.microsoft.us",          // GCC High
        "smba.infra.dod.teams.microsoft.us",          // US Department of Defense
    ];

    // Real deployments see a handful of regional URLs; the cap only bounds memory if something goes wrong.
    private const int MaxVouched = 1_000;

    private readonly HashSet<string> trustedHosts = new(hosts, StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> vouched = new(StringComparer.Ordinal);

    // The canonical form of a service URL (scheme, host, port and path, lower case, no trailing slash), or null when
    // it is nothing a reply could be sent to. Used for comparing and as a key.
    public static string? Canonical(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || serviceUrl.Length > 2048) return null;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0) return null;
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/').ToLowerInvariant();
    }

    public bool IsTrusted(string? serviceUrl) =>
        Canonical(serviceUrl) is { } canonical && (vouched.ContainsKey(canonical) || IsTrustedHost(canonical));

    private bool IsTrustedHost(string canonical)
    {
        var uri = new Uri(canonical);
        if (IsLoopback(uri)) return trustLoopback || trustedHosts.Contains(uri.IdnHost);
        return uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && trustedHosts.Contains(uri.IdnHost);
    }

    // Called only with the serviceurl claim of a token whose signature, issuer and audience were checked, or with a
    // stored reference's URL that such a token named before a restart. True when the URL is now trusted.
    public bool Vouch(string serviceUrl)
    {
        if (Canonical(serviceUrl) is not { } canonical) return false;
        if (vouched.Count < MaxVouched) vouched.TryAdd(canonical, true);
        return vouched.ContainsKey(canonical);
    }

    // Trusted only because a token named it: the conversation reference keeps that, for after a restart.
    public bool IsVouchedOnly(string? serviceUrl) =>
        Canonical(serviceUrl) is { } canonical && vouched.ContainsKey(canonical) && !IsTrustedHost(canonical);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
