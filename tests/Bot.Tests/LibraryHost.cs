using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

[CollectionDefinition(Name)]
public sealed class LibraryStorageCollection : ICollectionFixture<AzuriteStorageFixture>
{
    public const string Name = "Document library on Azurite tables and blobs";
}

// Bot instances sharing one document library (a container in Azurite's blob service, the change log in its table
// service), Bot Connector tokens from a local OpenID endpoint, and a file host standing in for the SharePoint store
// Teams hands download links to: it serves the files the test puts there and records every request it gets.
public sealed class LibraryHost : IAsyncDisposable
{
    public const string AppId = "6b2f0c1e-3d4a-4b5c-9d8e-7f6a5b4c3d2e";
    public const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    public const string Stakeholder = "0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a";
    private const string Connector = "https://api.botframework.com";

    private readonly TestTokens tokens = new();
    private readonly List<BotApp> bots = [];
    private readonly List<string> folders = [];
    private LocalHttpServer openId = null!;

    private LibraryHost(AzuriteStorageFixture storage) => Storage = storage;

    public AzuriteStorageFixture Storage { get; }

    public string Container { get; } = "library-" + Guid.NewGuid().ToString("N")[..12];

    public string Prefix { get; } = "t" + Guid.NewGuid().ToString("N")[..8];

    public LocalHttpServer FileHost { get; private set; } = null!;

    // What the file host serves under /files/{name}.
    public ConcurrentDictionary<string, byte[]> Files { get; } = new();

    public static async Task<LibraryHost> StartAsync(AzuriteStorageFixture storage)
    {
        var host = new LibraryHost(storage);
        host.openId = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
            {
                issuer = Connector,
                jwks_uri = $"{c.Request.Scheme}://{c.Request.Host}/v1/.well-known/keys",
                id_token_signing_alg_values_supported = new[] { "RS256" },
            }));
            app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { host.tokens.Jwk(["msteams"]) } }));
        });
        host.FileHost = await LocalHttpServer.StartAsync(app =>
        {
            app.MapGet("/files/{name}", (string name) =>
                host.Files.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/octet-stream") : Results.NotFound());
            // A link that sends the bot on to another host.
            app.MapGet("/moved/{name}", (string name, HttpContext c) =>
                Results.Redirect($"http://localhost:{c.Request.Host.Port}/files/{name}"));
            // A store that announces a file and then never sends it.
            app.MapGet("/stalled/{name}", async (HttpContext c) =>
            {
                c.Response.ContentType = "application/octet-stream";
                c.Response.ContentLength = 4096;
                await c.Response.Body.FlushAsync(c.RequestAborted);
                try { await Task.Delay(Timeout.Infinite, c.RequestAborted); }
                catch (OperationCanceledException) { }
            });
        });
        return host;
    }

    // A bot instance on the shared library; `signed`: Bot Connector auth on (requests carry tokens).
    public async Task<BotApp> StartBotAsync(bool signed = true, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var corpus = Directory.CreateTempSubdirectory("sb-library-corpus-").FullName;
        folders.Add(corpus);
        var all = new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = corpus,
            ["Knowledge:Container"] = Container,
            // The tests call LibrarySync.PollAsync themselves, so nothing in the background races them.
            ["Knowledge:LibraryPollSeconds"] = "3600",
            ["Knowledge:LibraryFullSyncSeconds"] = "3600",
            ["Storage:ConnectionString"] = Storage.ConnectionString,
            ["Storage:TablePrefix"] = Prefix,
            ["Bot:PublicBaseUrl"] = "https://bot.example.org",
            ["Exports:SigningKey"] = "library-tests-signing-key",
            ["Access:ProjectManagers"] = Manager,
            ["Documents:AllowedFileHosts"] = FileHost.BaseUrl,
        };
        if (signed)
        {
            all["MicrosoftAppId"] = AppId;
            all["MicrosoftAppPassword"] = "not-used-in-these-tests";
            all["Auth:BotFrameworkMetadataUrl"] = $"{openId.BaseUrl}/v1/.well-known/openidconfiguration";
            all["Auth:AllowHttpMetadata"] = "true";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var bot = new BotApp(all);
        bots.Add(bot);
        var client = bot.CreateClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var health = await client.GetAsync("/health");
            if (health.IsSuccessStatusCode && bot.Services.GetRequiredService<Dialogs.Documents.LibrarySync>().IsLoaded) return bot;
            await Task.Delay(100);
        }
        throw new InvalidOperationException("The bot did not become ready.");
    }

    public string DownloadUrl(string name) => $"{FileHost.BaseUrl}/files/{name}?tempauth=v1.eyJ0ZXN0Ijp0cnVlfQ";

    // A personal-chat message carrying a file as Teams sends it: a file.download.info attachment with a download link.
    public static JsonObject FileMessage(string name, string downloadUrl, string user = Manager, string? fileType = null, string text = "")
    {
        var activity = Fixtures.Message(text, userAad: user);
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/marta_contoso_com/Documents/Microsoft%20Teams%20Chat%20Files/" + Uri.EscapeDataString(name),
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = downloadUrl,
                ["uniqueId"] = Guid.NewGuid().ToString().ToUpperInvariant(),
                ["fileType"] = fileType ?? Path.GetExtension(name).TrimStart('.'),
            },
        });
        return activity;
    }

    // Sends a message (expectReplies) and returns the bot's replies.
    public async Task<JsonArray> SendAsync(BotApp bot, JsonObject activity, bool sign = true)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(bot, activity, sign);
        response.EnsureSuccessStatusCode();
        return (JsonArray)(await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!;
    }

    public async Task<JsonObject> AskCardAsync(BotApp bot, string text, string user = Manager)
    {
        var reply = Assert.Single(await SendAsync(bot, Fixtures.Message(text, userAad: user)))!;
        return reply["attachments"]![0]!["content"]!.AsObject();
    }

    // Presses the action with this verb on the card (Action.Execute), as Teams sends it; returns the invoke response.
    public async Task<JsonObject> PressAsync(BotApp bot, JsonObject card, string verb, string user = Manager, int which = 0)
    {
        var action = MeetingCards.Actions(card).Where(a => (string?)a["verb"] == verb).ElementAt(which);
        var activity = Fixtures.Load("adaptive-card-action");
        activity["id"] = "f:" + Guid.NewGuid().ToString("N");
        activity["from"]!["aadObjectId"] = user;
        activity["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = action["data"]!.DeepClone() };
        using var response = await PostAsync(bot, activity, sign: true);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<HttpResponseMessage> PostAsync(BotApp bot, JsonObject activity, bool sign)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (sign) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Create(Connector, AppId, (string)activity["serviceUrl"]!));
        return await bot.CreateClient().SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in bots) await bot.DisposeAsync();
        await FileHost.DisposeAsync();
        await openId.DisposeAsync();
        foreach (var folder in folders) Directory.Delete(folder, recursive: true);
    }
}
