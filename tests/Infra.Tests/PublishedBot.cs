using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Infra.Tests;

// The package scripts/publish.sh builds, unzipped and started the way App Service starts it: the template's
// start command in the app folder, the template's app settings as environment variables, and the platform's
// managed identity endpoint. Storage is Azurite over HTTPS taking Entra tokens only (no account key anywhere);
// what cannot run here (the managed identity endpoint, the Bot Connector's OpenID keys) is a local stub that
// records what it was asked.
public sealed class PublishedBot : IAsyncLifetime
{
    public const string AppId = "5f1d4bd6-7a6c-4c55-9a2e-3c2b64a9c1d7";
    public const string TenantId = "b3c9f0e1-2d4a-4e6f-8a1b-9c0d1e2f3a4b";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public static readonly string Package = Path.Combine(RepoPaths.Root, "artifacts", "deploy", "stakeholderbot-linux-x64.zip");

    private readonly string root = Directory.CreateTempSubdirectory("published-bot-").FullName;
    private readonly StringBuilder log = new();
    private Process? process;

    public AzuriteOAuthFixture Azurite { get; } = new();
    public CompiledTemplate Template { get; } = new();
    public TestTokens Tokens { get; } = new();
    public string IdentityHeader { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    public LocalHttpServer Platform { get; private set; } = null!;
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };
    public List<HttpStatusCode> HealthWhileStarting { get; } = [];
    public IReadOnlyDictionary<string, string> Settings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Package)) throw new InvalidOperationException($"No package at {Package}: build it with `bash scripts/publish.sh --app-only`.");
        ZipFile.ExtractToDirectory(Package, Path.Combine(root, "wwwroot"));
        await Template.InitializeAsync();
        await Azurite.InitializeAsync();
        Platform = await LocalHttpServer.StartAsync(MapPlatform);

        var port = FreePort();
        Http.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        Settings = LocalValues(Template.AppSettings(), Http.BaseAddress.ToString().TrimEnd('/'));
        process = new Process { StartInfo = StartInfo(Settings) };
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    // Another start of the same package with other settings, run until it exits by itself.
    public async Task<(int ExitCode, string Output)> RunOnceAsync(IReadOnlyDictionary<string, string> settings)
    {
        var start = StartInfo(settings);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var errors = run.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await run.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { run.Kill(entireProcessTree: true); throw new TimeoutException("The bot did not stop by itself."); }
        return (run.ExitCode, await output + await errors);
    }

    private ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> settings)
    {
        var command = Template.StartCommand().Split(' ');
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = Path.Combine(root, "wwwroot"), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in command[1..]) start.ArgumentList.Add(arg);
        foreach (var (name, value) in settings) start.Environment[name] = value;
        // What App Service adds: where the app listens, its managed identity endpoint, and (here only) trust in
        // Azurite's self-signed certificate instead of the public CAs.
        start.Environment["ASPNETCORE_URLS"] = Http.BaseAddress!.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["IDENTITY_ENDPOINT"] = Platform.BaseUrl + "/msi/token";
        start.Environment["IDENTITY_HEADER"] = IdentityHeader;
        start.Environment["SSL_CERT_FILE"] = Azurite.CertificatePath;
        start.Environment["SSL_CERT_DIR"] = Path.Combine(root, "no-other-certificates");
        // The Bot Connector's OpenID metadata comes from the stub (the keys Teams would sign with).
        start.Environment["Auth__BotFrameworkMetadataUrl"] = Platform.BaseUrl + "/v1/.well-known/openidconfiguration";
        start.Environment["Auth__AllowHttpMetadata"] = "true";
        return start;
    }

    // The deployed value of each setting, made local: the same shape, pointing at this machine.
    private IReadOnlyDictionary<string, string> LocalValues(IReadOnlyDictionary<string, string> template, string publicUrl)
    {
        var key = () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)); // what generate-keys.sh stores
        var local = new Dictionary<string, Func<string>>
        {
            ["MicrosoftAppId"] = () => AppId,
            ["AZURE_CLIENT_ID"] = () => AppId,
            ["MicrosoftAppTenantId"] = () => TenantId,
            // primaryEndpoints.table ends with a slash, as here.
            ["Storage__TableEndpoint"] = () => Azurite.TableEndpoint + "/",
            ["Storage__BlobEndpoint"] = () => Azurite.TableEndpoint.Replace("/devstoreaccount1", "/blob/devstoreaccount1") + "/",
            ["Knowledge__Container"] = () => "documents",
            ["Knowledge__IndexPath"] = () => Path.Combine(root, "tmp", "knowledge.db"),
            ["Bot__PublicBaseUrl"] = () => publicUrl,
            ["Exports__SigningKey"] = key,
            ["Surveys__PseudonymKey"] = key,
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = () =>
                $"InstrumentationKey={Guid.NewGuid()};IngestionEndpoint={Platform.BaseUrl}/ingest/;LiveEndpoint={Platform.BaseUrl}/live/",
            // Deployed without Azure OpenAI.
            ["OpenAI__Endpoint"] = () => "",
            ["OpenAI__ChatModel"] = () => "",
            ["OpenAI__EmbeddingModel"] = () => "",
        };
        // Literal values (app type, container name, ...) are used as they are; every expression needs a local value.
        return template.ToDictionary(s => s.Key, s => !s.Value.StartsWith('[') && !local.ContainsKey(s.Key) ? s.Value
            : local.TryGetValue(s.Key, out var value) ? value() : throw new InvalidOperationException($"No local value for the app setting {s.Key} = {s.Value}"));
    }

    private void MapPlatform(WebApplication app)
    {
        // App Service's managed identity endpoint (api-version 2019-08-01): tokens only with the secret header.
        app.MapGet("/msi/token", (HttpContext c) =>
        {
            if (c.Request.Headers["X-IDENTITY-HEADER"] != IdentityHeader) return Results.StatusCode(401);
            var resource = c.Request.Query["resource"].ToString();
            var expires = DateTimeOffset.UtcNow.AddHours(1);
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = AzuriteOAuthFixture.Token(expires, resource.TrimEnd('/'), TenantId),
                ["expires_on"] = expires.ToUnixTimeSeconds().ToString(),
                ["resource"] = resource,
                ["token_type"] = "Bearer",
                ["client_id"] = c.Request.Query["client_id"].ToString(),
            });
        });
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext c) => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            jwks_uri = $"http://{c.Request.Host}/v1/.well-known/keys",
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { Tokens.Jwk(["msteams"]) } }));
        app.MapPost("/ingest/{**path}", () => Results.Ok());
        app.MapPost("/live/{**path}", () => Results.Ok());
    }

    public async Task<HttpResponseMessage> SendAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent(activity) };
        request.Headers.Authorization = new("Bearer", Tokens.Create("https://api.botframework.com", AppId, ServiceUrl));
        return await Http.SendAsync(request);
    }

    public string Log()
    {
        lock (log) return log.ToString();
    }

    private static StringContent JsonContent(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");

    private void Log(string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
    }

    private async Task WaitUntilHealthyAsync()
    {
        // A generous deadline only so a broken start fails instead of hanging; readiness itself is what is awaited.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            if (process!.HasExited) throw new InvalidOperationException($"The published bot exited with {process.ExitCode}:\n{Log()}");
            try
            {
                using var health = await Http.GetAsync("/health");
                HealthWhileStarting.Add(health.StatusCode);
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { } // not listening yet
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"/health did not answer 200 within 3 minutes:\n{Log()}");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        if (Platform is not null) await Platform.DisposeAsync();
        await Azurite.DisposeAsync();
        Http.Dispose();
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { }
    }
}
