using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace StakeholderBot.Bot.Auth;

// Signing keys per OpenID metadata URL: cached, refreshed daily, and refreshed early (at most hourly)
// when a token names a key id the cache does not know, because channels add keys without notice.
public sealed class OpenIdKeySource(IHttpClientFactory httpClients, BotAuthOptions options, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinForcedRefreshInterval = TimeSpan.FromHours(1);

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public OpenIdConnectConfiguration? Config;
        public DateTimeOffset FetchedAt;
        public DateTimeOffset? LastForcedRefresh;
    }

    private readonly ConcurrentDictionary<string, Entry> entries = new();

    public async Task<JsonWebKey?> FindKeyAsync(string metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(metadataUrl, _ => new Entry());
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (entry.Config is null || now - entry.FetchedAt >= MaxAge) await FetchAsync(metadataUrl, entry, cancellationToken);
            var key = Find(entry.Config!, keyId);
            if (key is null && (entry.LastForcedRefresh is null || now - entry.LastForcedRefresh >= MinForcedRefreshInterval))
            {
                entry.LastForcedRefresh = now;
                await FetchAsync(metadataUrl, entry, cancellationToken);
                key = Find(entry.Config!, keyId);
            }
            return key;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task FetchAsync(string metadataUrl, Entry entry, CancellationToken cancellationToken)
    {
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient("openid")) { RequireHttps = options.RequireHttpsMetadata };
        entry.Config = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken);
        entry.FetchedAt = time.GetUtcNow();
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration config, string? keyId) =>
        config.JsonWebKeySet?.Keys.FirstOrDefault(k => keyId is not null && k.Kid == keyId);
}
