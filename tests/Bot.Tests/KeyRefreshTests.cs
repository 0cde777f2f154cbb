using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Auth;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The signing keys behind /api/messages when the metadata endpoint fails or keys rotate. The test clock stands in
// for the days and minutes between refreshes (token lifetimes are still checked against the real clock).
public sealed class KeyRefreshTests : IAsyncLifetime
{
    private const string AppId = "6b2f0c1e-3d4a-4b5c-9d8e-7f6a5b4c3d2e";
    private const string TenantId = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
    private readonly TestClock clock = new(DateTimeOffset.UtcNow);
    private LocalOpenId openId = null!;
    private WebApplicationFactory<Program> bot = null!;

    private static string ServiceUrl => (string)Fixtures.Load("personal-message")["serviceUrl"]!;

    public async Task InitializeAsync()
    {
        openId = await LocalOpenId.StartAsync();
        bot = new BotApp(openId.BotSettings("MultiTenant", AppId, TenantId))
            .WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await openId.DisposeAsync();
    }

    private string Token(string? keyId = null, string? audience = null) =>
        openId.Tokens.Create(LocalOpenId.Connector, audience ?? AppId, ServiceUrl, keyId: keyId,
            signWith: keyId == LocalOpenId.RotatedKeyId ? openId.RotatedKey : null);

    private async Task<HttpStatusCode> SendAsync(string token)
    {
        var activity = Fixtures.Message("help");
        activity["deliveryMode"] = "expectReplies";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        using var response = await bot.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task MetadataOutage_AfterTheDailyRefreshIsDue_TheLastGoodKeysStayInUse_AndFailedFetchesBackOff()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token()));
        openId.Down = true;
        clock.Advance(TimeSpan.FromHours(25));
        var fetchesBefore = openId.Fetches;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add(await SendAsync(Token()));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        // One refresh in the background, not one per request; the endpoint is down, so it fails and backs off.
        Assert.True(openId.Fetches - fetchesBefore <= 1, $"{openId.Fetches - fetchesBefore} metadata requests during the outage");
    }

    [Fact]
    public async Task MetadataBackAfterAnOutage_TheNextRefreshAfterTheBackoffLoadsTheNewKeys()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token()));
        openId.Down = true;
        clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token()));
        // That request started the daily refresh in the background. It must have failed (and set its backoff) before the
        // endpoint comes back and the clock jumps ten minutes, which no real fetch outlasts: joining it waits for it.
        await bot.Services.GetRequiredService<OpenIdKeySource>().RefreshForKeyAsync(
            $"{openId.BaseUrl}/v1/.well-known/openidconfiguration", LocalOpenId.RotatedKeyId, CancellationToken.None);
        openId.Down = false;
        openId.Rotated = true;
        clock.Advance(TimeSpan.FromMinutes(10));

        // A token signed with the newly published key is right in every other way: it may refresh the keys.
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token(LocalOpenId.RotatedKeyId)));
    }

    [Fact]
    public async Task NoKeysEverLoaded_RequestsAreRefused_AndDoNotEachFetchAgain()
    {
        openId.Down = true;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add(await SendAsync(Token()));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        // The first request tried; the rest fall inside the backoff after its failure.
        Assert.Equal(1, openId.Fetches);
    }

    [Fact]
    public async Task UnknownKeyId_OnATokenWrongInOtherWays_DoesNotUseUpTheRefreshARotatedKeyNeeds()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token()));
        var fetchesBefore = openId.KeyFetches;

        // Junk naming a key id nobody published: refused without a metadata fetch.
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(Token(keyId: "made-up", audience: Guid.NewGuid().ToString())));
        Assert.Equal(fetchesBefore, openId.KeyFetches);

        // Teams then signs with a key published since the last refresh: it is fetched and the token accepted.
        openId.Rotated = true;
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token(LocalOpenId.RotatedKeyId)));
        Assert.Equal(fetchesBefore + 1, openId.KeyFetches);
    }

    [Fact]
    public async Task ForcedRefreshes_AreAtMostOneEveryFewMinutes()
    {
        Assert.Equal(HttpStatusCode.OK, await SendAsync(Token()));
        var fetchesBefore = openId.KeyFetches;

        await SendAsync(Token(keyId: "unknown-1"));
        await SendAsync(Token(keyId: "unknown-2"));
        clock.Advance(TimeSpan.FromMinutes(6));
        await SendAsync(Token(keyId: "unknown-3"));

        Assert.Equal(fetchesBefore + 2, openId.KeyFetches);
    }
}
