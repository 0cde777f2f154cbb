using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace StakeholderBot.Bot.Auth;

// Signing keys per OpenID metadata URL: cached, refreshed daily, and refreshed early (at most hourly)
// when a token names a key id the cache does not know, because channels add keys without notice.
public sealed class OpenIdKeySource(IHttpClientFactory httpClients, BotAuthOptions options)
{
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new();

    public async Task<JsonWebKey?> FindKeyAsync(string metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var manager = managers.GetOrAdd(metadataUrl, Create);
        var config = await manager.GetConfigurationAsync(cancellationToken);
        var key = Find(config, keyId);
        if (key is not null) return key;
        manager.RequestRefresh();
        config = await manager.GetConfigurationAsync(cancellationToken);
        return Find(config, keyId);
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration config, string? keyId) =>
        config.JsonWebKeySet?.Keys.FirstOrDefault(k => keyId is not null && k.Kid == keyId);

    private ConfigurationManager<OpenIdConnectConfiguration> Create(string url) =>
        new(url, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient("openid")) { RequireHttps = options.RequireHttpsMetadata })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = TimeSpan.FromHours(1),
        };
}
