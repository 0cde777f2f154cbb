using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace StakeholderBot.Bot.Auth;

// Signing keys per OpenID metadata URL. An outage of the metadata endpoint must not lock everyone out, so:
// the last good keys are kept until a fetch succeeds; a stale set (older than RefreshAfter) is refreshed in the
// background while requests go on with it; failed fetches back off (FirstRetry doubling up to MaxRetry); fetches
// time out quickly (the "openid" HttpClient). A token naming an unknown key id may force a refresh, awaited so a
// freshly rotated key works at once, but at most every ForcedRefreshInterval, so junk tokens cannot keep the
// endpoint busy or use up the refresh a genuine new key needs for long.
// IdentityModel's ConfigurationManager does most of this, but neither awaits a forced refresh nor takes a TimeProvider.
public sealed class OpenIdKeySource(IHttpClientFactory httpClients, BotAuthOptions options, TimeProvider time, ILogger<OpenIdKeySource> logger)
{
    public const string HttpClientName = "openid";
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(24);
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxRetry = TimeSpan.FromMinutes(5);

    private sealed class Entry
    {
        public readonly Lock Gate = new();
        public OpenIdConnectConfiguration? Config;
        public DateTimeOffset FetchedAt;
        public Task? Fetching;
        public int Failures;
        public DateTimeOffset RetryAt = DateTimeOffset.MinValue;
        public DateTimeOffset LastForced = DateTimeOffset.MinValue;
    }

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    // The key with this id, or null when the current set has none. Throws KeysUnavailableException when no key set
    // could be loaded yet (and the last failure is too recent to try again).
    public async Task<JsonWebKey?> FindKeyAsync(string metadataUrl, string keyId, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(metadataUrl, _ => new Entry());
        if (Volatile.Read(ref entry.Config) is null)
        {
            await FetchOrWaitAsync(metadataUrl, entry, forced: false).WaitAsync(cancellationToken);
            if (Volatile.Read(ref entry.Config) is null) throw new KeysUnavailableException(metadataUrl);
        }
        else if (time.GetUtcNow() - entry.FetchedAt >= RefreshAfter)
        {
            _ = FetchOrWaitAsync(metadataUrl, entry, forced: false);
        }
        return Find(entry.Config!, keyId);
    }

    // For a token that is right in every other way but names a key id the cached set does not have.
    public async Task<JsonWebKey?> RefreshForKeyAsync(string metadataUrl, string keyId, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(metadataUrl, _ => new Entry());
        await FetchOrWaitAsync(metadataUrl, entry, forced: true).WaitAsync(cancellationToken);
        return Volatile.Read(ref entry.Config) is { } config ? Find(config, keyId) : null;
    }

    // One fetch per URL at a time; callers join the one under way. Nothing is fetched while a failure backs off,
    // nor for a forced refresh within ForcedRefreshInterval of the last one.
    private Task FetchOrWaitAsync(string metadataUrl, Entry entry, bool forced)
    {
        lock (entry.Gate)
        {
            if (entry.Fetching is { } running) return running;
            var now = time.GetUtcNow();
            if (now < entry.RetryAt) return Task.CompletedTask;
            if (forced)
            {
                if (now - entry.LastForced < ForcedRefreshInterval) return Task.CompletedTask;
                entry.LastForced = now;
            }
            return entry.Fetching = Task.Run(() => FetchAsync(metadataUrl, entry));
        }
    }

    private async Task FetchAsync(string metadataUrl, Entry entry)
    {
        try
        {
            var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = options.RequireHttpsMetadata };
            // Not the caller's token: a fetch serves every request waiting for it; the HttpClient's timeout bounds it.
            var config = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, CancellationToken.None);
            lock (entry.Gate)
            {
                entry.Config = config;
                entry.FetchedAt = time.GetUtcNow();
                entry.Failures = 0;
                entry.RetryAt = DateTimeOffset.MinValue;
            }
        }
        // Any failure (network, timeout, status, a document that does not parse) is the same outage to the bot.
        catch (Exception e)
        {
            TimeSpan wait;
            lock (entry.Gate)
            {
                entry.Failures++;
                wait = TimeSpan.FromTicks(Math.Min(MaxRetry.Ticks, FirstRetry.Ticks << Math.Min(entry.Failures - 1, 16)));
                entry.RetryAt = time.GetUtcNow() + wait;
            }
            logger.LogError("OpenID metadata {Url} could not be loaded ({Error}); {Keys}, next try in {WaitSeconds:F0} s",
                metadataUrl, e.GetType().Name, entry.Config is null ? "no signing keys yet" : "the last good keys stay in use", wait.TotalSeconds);
        }
        finally
        {
            lock (entry.Gate) entry.Fetching = null;
        }
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration config, string keyId) =>
        config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
}

public sealed class KeysUnavailableException(string metadataUrl)
    : Exception($"No signing keys could be loaded from {metadataUrl}.");
