using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;

namespace StakeholderBot.E2E.Tests.Harness;

// One Agents Playground per test: a fresh personal chat and channel history, as for a new user. It
// listens on all interfaces by default, so it is preloaded with tests/e2e/force-loopback.cjs.
public sealed class Playground : IAsyncDisposable
{
    // The Playground's default signed-in user (Alex Wilber), made a project manager by LocalStack.
    public const string UserAadObjectId = "00000000-0000-0000-0000-0000000000020";

    private readonly ManagedProcess process;

    private Playground(ManagedProcess process, string url)
    {
        this.process = process;
        Url = url;
    }

    public string Url { get; }

    public static async Task<Playground> StartAsync(LocalStack stack, string name)
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}/";
        var workDir = Directory.CreateDirectory(Path.Combine(stack.RunDir, "playground-" + name)).FullName;
        var process = stack.Start("playground-" + name, "node",
            ["-r", Path.Combine(RepoPaths.Root, "tests", "e2e", "force-loopback.cjs"),
             Path.Combine(RepoPaths.NodeModules, "@microsoft", "m365agentsplayground", "cli.js"), "start",
             "-e", stack.BotEndpoint, "-c", "msteams", "-p", $"{port}",
             "--service-url", $"http://127.0.0.1:{port}/_connector", "--disable-telemetry"],
            workingDirectory: workDir,
            environment: new()
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDir, "playground-server.log"),
            });
        var playground = new Playground(process, url);
        try
        {
            await process.WaitUntilReadyAsync(async () => await LocalStack.Http.GetStringAsync(url + "_debug/ping") == "pong", TimeSpan.FromSeconds(60));
            var config = await LocalStack.Http.GetFromJsonAsync<JsonObject>(url + "_internal/v1/config");
            var user = (string?)config?["config"]?["currentUser"]?["aadObjectId"];
            if (user != UserAadObjectId)
                throw new InvalidOperationException($"The Playground's user is {user}, not the project manager {UserAadObjectId} the bot was given");
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    // A file sent in the personal chat as the signed-in user. The compose box of Playground 0.2.28 cannot attach
    // files; its custom-activity feature (Mock an Activity) posts any activity to the bot as coming from the
    // Playground, here a message carrying the file in a data: URL as web chat clients send files.
    public async Task SendFileAsync(string name, string contentType, byte[] content)
    {
        var config = (await LocalStack.Http.GetFromJsonAsync<JsonObject>(Url + "_internal/v1/config"))!["config"]!;
        var user = config["currentUser"]!;
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = Url + "_connector",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = (string?)user["id"], ["name"] = (string?)user["name"], ["aadObjectId"] = (string?)user["aadObjectId"] },
            ["recipient"] = new JsonObject { ["id"] = (string?)config["bot"]!["id"], ["name"] = (string?)config["bot"]!["name"] },
            ["conversation"] = new JsonObject
            {
                ["conversationType"] = "personal",
                ["tenantId"] = (string?)config["tenantId"],
                ["id"] = (string?)config["personalChat"]!["id"],
            },
            ["locale"] = "en-US",
            ["text"] = "",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = contentType,
                ["name"] = name,
                ["contentUrl"] = $"data:{contentType};base64,{Convert.ToBase64String(content)}",
            }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = (string?)config["tenantId"] } },
        };
        using var response = await LocalStack.Http.PostAsJsonAsync(Url + "_internal/v1/customActivities", activity);
        response.EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
