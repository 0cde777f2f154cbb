using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.Bench.Load;
using StakeholderBot.TestSupport;

// Load on the bot in Release with Azurite, both its own processes on free loopback ports.
// Usage: dotnet run -c Release --project bench/load -- [--turns 20000] [--users 500] [--concurrency 32]
//        [--managers 50] [--warmup 1000] [--seed 8] [--mix 70,20,10] [--bot-env "NAME=value;..."] [--summary-meetings 8000]
var settings = LoadSettings.Parse(args);
var azurite = new AzuriteFixture();
await azurite.StartAsync();
// Replies a flow sends besides an invoke's answer go to the connector: a local one that takes everything.
await using var connector = await LocalHttpServer.StartAsync(app =>
    app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", () => Results.Json(new { id = "1" }, statusCode: 201)));
var users = Enumerable.Range(0, settings.Users).Select(i => new SimUser(i, i < settings.Managers)).ToList();
BotProcess? bot = null;
try
{
    var indexPath = Path.Combine(Directory.CreateTempSubdirectory("load-index-").FullName, "knowledge.db");
    var environment = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        // Production without an app id and with the local connector: both have to be said explicitly.
        ["Bot__AllowUnauthenticated"] = "true",
        ["Connector__TrustedHosts"] = "127.0.0.1",
        ["Storage__ConnectionString"] = azurite.ConnectionString,
        ["Access__ProjectManagers"] = string.Join(",", users.Where(u => u.IsManager).Select(u => u.AadObjectId)),
        ["Exports__SigningKey"] = "load-bench-signing-key-0123456789",
        ["Knowledge__IndexPath"] = indexPath,
        ["Logging__LogLevel__Default"] = "Warning",
    };
    foreach (var (name, value) in settings.BotEnvironment ?? new Dictionary<string, string>()) environment[name] = value;
    bot = await BotProcess.StartAsync(BotProcess.DllPath("Release"), environment);
    Console.WriteLine($"bot pid {bot.Pid} on {bot.BaseUrl}, Azurite on 127.0.0.1:{azurite.Port}; {Environment.ProcessorCount} cores");
    if (settings.SummaryMeetings > 0)
    {
        var seeding = Stopwatch.StartNew();
        await SummarySeed.SeedAsync(azurite.ConnectionString, settings.SummaryMeetings, settings.Seed);
        Console.WriteLine($"seeded {settings.SummaryMeetings} meetings of {SummarySeed.Partner} in {SummarySeed.Year} in {seeding.Elapsed.TotalSeconds:F1} s; every turn: '{SummarySeed.Query}'; RSS {bot.Memory().Rss / 1024.0:F0} MiB");
    }
    Console.WriteLine($"{settings.Turns} turns after {settings.Warmup} warm-up turns, {settings.Users} users ({settings.Managers} project managers), concurrency {settings.Concurrency}, seed {settings.Seed}, mix {settings.QuestionPercent}/{settings.SurveyPercent}/{100 - settings.QuestionPercent - settings.SurveyPercent}");

    var stats = new TurnStats();
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency }) { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(100) };
    var driver = new TurnDriver(new BotClient(http, connector.BaseUrl + "/"), stats);
    var memory = new MemoryTimeline(bot, TimeSpan.FromMilliseconds(settings.SampleMs));
    var mix = new Dictionary<string, int> { ["question"] = 0, ["survey"] = 0, ["meeting"] = 0, ["summary"] = 0 };
    var next = 0;
    long warmRss = 0;
    var warmBreakdown = "";
    var measured = Stopwatch.StartNew();
    var measuredTurns = 0;

    await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async worker =>
    {
        var mine = users.Where(u => u.Index % settings.Concurrency == worker).ToList();
        var managers = mine.Where(u => u.IsManager).ToList();
        int n;
        while ((n = Interlocked.Increment(ref next)) <= settings.Warmup + settings.Turns)
        {
            if (n == settings.Warmup + 1)
            {
                warmRss = bot.Memory().Rss;
                warmBreakdown = bot.Breakdown();
                memory.Samples.Clear();
                driver.Measuring = true;
                measured.Restart();
            }
            var random = new Random(settings.Seed * 1_000_003 + n);
            var roll = random.Next(100);
            var kind = settings.SummaryMeetings > 0 && managers.Count > 0 ? "summary"
                : roll < settings.QuestionPercent || mine.Count == 0 ? "question"
                : roll < settings.QuestionPercent + settings.SurveyPercent || managers.Count == 0 ? "survey" : "meeting";
            var user = kind is "meeting" or "summary" ? managers[random.Next(managers.Count)] : mine[random.Next(mine.Count)];
            lock (mix) mix[kind]++;
            if (kind == "question") await driver.QuestionAsync(user);
            else if (kind == "survey") await driver.SurveyAsync(user);
            else if (kind == "summary") await driver.SummaryAsync(user, SummarySeed.Query, settings.SummaryMeetings);
            else await driver.MeetingAsync(user, random);
            if (n > settings.Warmup) Interlocked.Increment(ref measuredTurns);
        }
    }));
    var seconds = measured.Elapsed.TotalSeconds;
    var end = bot.Memory();
    await memory.StopAsync();

    Console.WriteLine();
    Console.WriteLine($"mix: {string.Join(", ", mix.Select(m => $"{m.Key} {m.Value}"))}");
    Console.WriteLine($"throughput: {measuredTurns / seconds:F1} turns/s ({measuredTurns} turns after warm-up in {seconds:F1} s)");
    foreach (var line in stats.Lines()) Console.WriteLine(line);
    Console.WriteLine($"errors: {stats.ErrorCount}" + (bot.HasExited ? " (the bot exited!)" : ""));
    foreach (var group in stats.Errors.GroupBy(e => e.Length > 140 ? e[..140] : e).Take(12)) Console.WriteLine($"  {group.Count()} x {group.Key}");
    Console.WriteLine($"bot logged {bot.LoggedFailures} error line(s)");
    foreach (var line in bot.FailLines) Console.WriteLine("  " + line);
    Console.WriteLine($"memory (RSS): after warm-up {warmRss / 1024.0:F0} MiB ({warmBreakdown}), end {end.Rss / 1024.0:F0} MiB ({bot.Breakdown()}), peak {end.Peak / 1024.0:F0} MiB");
    Console.WriteLine($"memory timeline after warm-up (MiB, largest sample of each tenth, {memory.Samples.Count} samples): {memory.Summary(10)}");
    Console.WriteLine($"memory growth after warm-up: {memory.Growth() / 1024.0:F0} MiB (largest sample of the last tenth minus that of the first)");

    var stored = await StoredCounts.CountAsync(azurite.ConnectionString);
    Console.WriteLine($"surveys: {driver.SurveysAcknowledged} acknowledged, {stored.Surveys} stored -> missing {Math.Max(0, driver.SurveysAcknowledged - stored.Surveys)}, " +
        $"extra {Math.Max(0, stored.Surveys - driver.SurveysAcknowledged)}, same respondent+time twice {stored.DuplicateSurveys}");
    var logged = stored.Meetings - settings.SummaryMeetings;
    Console.WriteLine($"meetings: {driver.MeetingsAcknowledged} acknowledged, {logged} stored (besides {settings.SummaryMeetings} seeded) -> missing {Math.Max(0, driver.MeetingsAcknowledged - logged)}, " +
        $"extra {Math.Max(0, logged - driver.MeetingsAcknowledged)}");
    var clean = stats.ErrorCount == 0 && stored.Surveys == driver.SurveysAcknowledged && logged == driver.MeetingsAcknowledged && stored.DuplicateSurveys == 0;
    Console.WriteLine(clean ? "RESULT: zero errors, nothing missing or duplicated" : "RESULT: FAILED (see above)");
    return clean ? 0 : 1;
}
finally
{
    if (bot is not null) await bot.DisposeAsync();
    await azurite.DisposeAsync();
}
