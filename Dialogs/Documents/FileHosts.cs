namespace StakeholderBot.Dialogs.Documents;

// One entry of Documents:AllowedFileHosts: a host name, "*." for any host below a domain (HTTPS only), or an exact
// origin with its scheme and port.
public sealed record FileHosts(string? Scheme, string Host, int? Port, bool Subdomains)
{
    public static FileHosts? Parse(string entry)
    {
        var text = entry.Trim();
        if (text.Contains("://"))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var origin) || origin.Scheme is not ("http" or "https")
                || origin.AbsolutePath != "/" || origin.Query.Length > 0 || origin.UserInfo.Length > 0) return null;
            return new FileHosts(origin.Scheme, origin.Host.ToLowerInvariant(), origin.Port, false);
        }
        var subdomains = text.StartsWith("*.", StringComparison.Ordinal);
        var host = subdomains ? text[2..] : text;
        return Uri.CheckHostName(host) == UriHostNameType.Dns && host.Contains('.') ? new FileHosts(null, host.ToLowerInvariant(), null, subdomains) : null;
    }

    public bool Allows(Uri url)
    {
        if (!url.IsAbsoluteUri || url.UserInfo.Length > 0) return false;
        var host = url.Host.ToLowerInvariant();
        if (Scheme is not null) return url.Scheme == Scheme && host == Host && url.Port == Port;
        if (url.Scheme != Uri.UriSchemeHttps || !url.IsDefaultPort) return false;
        return Subdomains ? host.EndsWith("." + Host, StringComparison.Ordinal) : host == Host;
    }

    public static bool AnyAllows(IEnumerable<string> entries, Uri url) => entries.Select(Parse).Any(hosts => hosts?.Allows(url) == true);
}
