namespace StakeholderBot.Storage.Tables;

// The parts of a storage connection string the Table client needs. Parsing never echoes the key.
internal sealed record TableConnectionString(Uri TableEndpoint, string AccountName, byte[] AccountKey)
{
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public static TableConnectionString Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = Split(connectionString);

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
            return new(new Uri($"http://127.0.0.1:10002/{DevAccount}"), DevAccount, Convert.FromBase64String(DevKey));

        if (parts.ContainsKey("SharedAccessSignature"))
            throw new FormatException("SAS connection strings are not supported; use AccountName/AccountKey or a token credential.");
        if (!parts.TryGetValue("AccountName", out var account) || account.Length == 0)
            throw new FormatException("The connection string has no AccountName.");
        if (!parts.TryGetValue("AccountKey", out var key) || !TryDecodeKey(key, out var keyBytes))
            throw new FormatException("The connection string has no AccountKey, or it is not base64.");

        return new(Endpoint(parts, account), account, keyBytes);
    }

    private static Uri Endpoint(Dictionary<string, string> parts, string account)
    {
        if (parts.TryGetValue("TableEndpoint", out var explicitEndpoint))
        {
            if (!Uri.TryCreate(explicitEndpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new FormatException("TableEndpoint in the connection string is not an absolute http(s) URL.");
            return uri;
        }
        var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        if (protocol is not ("http" or "https")) throw new FormatException("DefaultEndpointsProtocol must be http or https.");
        var suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return new Uri($"{protocol}://{account}.table.{suffix}/");
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = segment.IndexOf('=');
            if (equals <= 0) throw new FormatException("A connection string segment is not of the form Name=Value.");
            parts[segment[..equals].Trim()] = segment[(equals + 1)..].Trim();
        }
        return parts;
    }

    private static bool TryDecodeKey(string key, out byte[] bytes)
    {
        bytes = new byte[key.Length];
        if (!Convert.TryFromBase64String(key, bytes, out var written) || written == 0) return false;
        bytes = bytes[..written];
        return true;
    }
}
