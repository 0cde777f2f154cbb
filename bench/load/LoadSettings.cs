using System.Globalization;

namespace StakeholderBot.Bench.Load;

// Command line: --turns 20000 --users 500 --concurrency 32 --managers 50 --warmup 30000 (extra turns first) --seed 8 --sample-ms 200
// --mix 70,20,10 (percent questions, survey steps, meeting steps) --bot-env "NAME=value;..."
// --summary-meetings 8000 (seed that many meetings of one partner-year; every turn is then that summary)
public sealed record LoadSettings(int Turns, int Users, int Concurrency, int Managers, int Warmup, int Seed, int SampleMs,
    int QuestionPercent = 70, int SurveyPercent = 20, IReadOnlyDictionary<string, string>? BotEnvironment = null, int SummaryMeetings = 0)
{
    public static LoadSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            values[args[i][2..]] = args[i + 1];
        }
        int Read(string name, int fallback, int min)
        {
            if (!values.Remove(name, out var text)) return fallback;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
                throw new ArgumentException($"--{name} must be a whole number of at least {min}, got '{text}'.");
            return value;
        }
        var turns = Read("turns", 20_000, 1);
        var settings = new LoadSettings(turns, Read("users", 500, 1), Read("concurrency", 32, 1), Read("managers", 50, 1),
            Read("warmup", 30_000, 0), Read("seed", 8, 0), Read("sample-ms", 200, 10),
            SummaryMeetings: Read("summary-meetings", 0, 0));
        if (values.Remove("mix", out var mix))
        {
            var parts = mix.Split(',').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
            if (parts.Length != 3 || parts.Any(p => p < 0) || parts.Sum() != 100)
                throw new ArgumentException($"--mix must be three whole percentages adding up to 100 (questions,survey,meetings), got '{mix}'.");
            settings = settings with { QuestionPercent = parts[0], SurveyPercent = parts[1] };
        }
        // --bot-env "DOTNET_gcServer=0;Storage__MaxRetries=5": extra environment for the bot process.
        if (values.Remove("bot-env", out var env))
            settings = settings with
            {
                BotEnvironment = env.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                    .ToDictionary(p => p[0], p => p.Length == 2 ? p[1] : throw new ArgumentException($"--bot-env entries are NAME=VALUE, got '{p[0]}'.")),
            };
        if (values.Count > 0) throw new ArgumentException("Unknown option(s): " + string.Join(", ", values.Keys.Select(k => "--" + k)));
        if (settings.Managers > settings.Users) throw new ArgumentException("--managers cannot exceed --users.");
        return settings;
    }
}
