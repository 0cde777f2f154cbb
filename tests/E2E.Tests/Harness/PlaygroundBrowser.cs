using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests.Harness;

// The Playground page in headless Chromium, driven through tests/e2e/playground-driver.mjs.
// Every step ends with a screenshot; a failing step names its screenshot and the bot's last log lines.
public sealed class PlaygroundBrowser : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);
    private readonly Process driver;
    private readonly Playground playground;
    private readonly LocalStack stack;
    private readonly ITestOutputHelper output;
    private int nextId;

    private PlaygroundBrowser(Process driver, Playground playground, LocalStack stack, ITestOutputHelper output, string screenshotDir)
    {
        this.driver = driver;
        this.playground = playground;
        this.stack = stack;
        this.output = output;
        ScreenshotDir = screenshotDir;
    }

    public static string ScreenshotRoot { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public string ScreenshotDir { get; }

    public string? LastScreenshot { get; private set; }

    public static async Task<PlaygroundBrowser> OpenAsync(LocalStack stack, ITestOutputHelper output, [CallerMemberName] string test = "")
    {
        var screenshots = Path.Combine(ScreenshotRoot, test);
        if (Directory.Exists(screenshots)) Directory.Delete(screenshots, recursive: true);
        var playground = await Playground.StartAsync(stack, test);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "e2e", "playground-driver.mjs"));
        start.Environment["SCREENSHOT_DIR"] = screenshots;
        start.Environment["CHROMIUM_PATH"] = stack.ChromiumPath;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.WriteLine("[driver] " + e.Data); };
        process.BeginErrorReadLine();

        var browser = new PlaygroundBrowser(process, playground, stack, output, screenshots);
        output.WriteLine($"screenshots: {screenshots}");
        try
        {
            await browser.StepAsync("open playground", () => browser.CommandAsync(new() { ["op"] = "open", ["url"] = playground.Url }));
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
        return browser;
    }

    // Runs one user-visible step and screenshots the result; any failure inside (including an
    // assertion) is rethrown with the screenshot path, the bot's recent messages and the bot log.
    public async Task<T> StepAsync<T>(string name, Func<Task<T>> step)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await step();
            LastScreenshot = (string?)await CommandAsync(new() { ["op"] = "screenshot", ["name"] = name });
            output.WriteLine($"step '{name}' ({clock.Elapsed.TotalSeconds:0.0} s): {LastScreenshot}");
            return result;
        }
        catch (Exception e) when (e is not StepFailedException)
        {
            var shot = e is DriverException d ? d.Screenshot : await TryScreenshotAsync($"failed {name}");
            LastScreenshot = shot ?? LastScreenshot;
            throw new StepFailedException(
                $"Step '{name}' failed: {e.Message}\nLast screenshot: {LastScreenshot}\n{(e as DriverException)?.RecentMessages}\n{stack.Bot.Tail()}", e);
        }
    }

    public Task StepAsync(string name, Func<Task> step) => StepAsync(name, async () => { await step(); return true; });

    public Task OpenChatAsync(string name) => CommandAsync(new() { ["op"] = "chat", ["name"] = name });

    public Task SendAsync(string text) => CommandAsync(new() { ["op"] = "send", ["text"] = text });

    public Task SendFileAsync(string name, string contentType, byte[] content) => playground.SendFileAsync(name, contentType, content);

    public Task SendWithMentionAsync(string mention, string text) =>
        CommandAsync(new() { ["op"] = "sendMention", ["mention"] = mention, ["text"] = text });

    public Task PostWithMentionAsync(string mention, string text) =>
        CommandAsync(new() { ["op"] = "post", ["mention"] = mention, ["text"] = text });

    public async Task<string> ReplyAsync(string contains, int timeoutMs = 20_000) =>
        (string)(await CommandAsync(new() { ["op"] = "reply", ["contains"] = contains, ["timeout"] = timeoutMs }))!;

    public async Task<string> CardAsync(string contains, int timeoutMs = 20_000) =>
        (string)(await CommandAsync(new() { ["op"] = "card", ["contains"] = contains, ["timeout"] = timeoutMs }))!;

    public async Task<(string Text, string Url)> CitationAsync(int number)
    {
        var preview = (await CommandAsync(new() { ["op"] = "citation", ["number"] = number }))!;
        return ((string)preview["text"]!, (string)preview["url"]!);
    }

    public async Task<int> CountCardsAsync(string contains) =>
        (int)(await CommandAsync(new() { ["op"] = "countCards", ["contains"] = contains }))!;

    public Task FillAsync(string card, string label, string value) =>
        CommandAsync(new() { ["op"] = "fill", ["card"] = card, ["label"] = label, ["value"] = value });

    public Task ChooseAsync(string card, string label, params string[] options) =>
        CommandAsync(new() { ["op"] = "choose", ["card"] = card, ["label"] = label, ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()) });

    // Switches on an Input.Toggle, named by its title.
    public Task CheckAsync(string card, string title) =>
        CommandAsync(new() { ["op"] = "check", ["card"] = card, ["title"] = title });

    public Task ClickAsync(string card, string button) =>
        CommandAsync(new() { ["op"] = "click", ["card"] = card, ["button"] = button });

    private async Task<JsonNode?> CommandAsync(JsonObject command)
    {
        command["id"] = ++nextId;
        await driver.StandardInput.WriteLineAsync(command.ToJsonString());
        await driver.StandardInput.FlushAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        string? line;
        try
        {
            line = await driver.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the browser driver did not answer '{command["op"]}' within {CommandTimeout.TotalSeconds:0} s");
        }
        if (line is null) throw new InvalidOperationException("the browser driver exited");
        var answer = JsonNode.Parse(line)!;
        if ((bool)answer["ok"]!) return answer["value"];
        var recent = answer["recentBotMessages"]?.AsArray().Select(m => (string?)m) ?? [];
        throw new DriverException((string)answer["error"]!, (string?)answer["screenshot"],
            "Recent bot messages:\n" + string.Join("\n---\n", recent));
    }

    private async Task<string?> TryScreenshotAsync(string name)
    {
        try
        {
            return (string?)await CommandAsync(new() { ["op"] = "screenshot", ["name"] = name });
        }
        catch (Exception)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CommandAsync(new() { ["op"] = "close" });
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await driver.WaitForExitAsync(timeout.Token);
        }
        catch (Exception)
        {
            // Closing is best effort; the process is killed below either way.
        }
        if (!driver.HasExited) driver.Kill(entireProcessTree: true);
        driver.Dispose();
        await playground.DisposeAsync();
    }
}
