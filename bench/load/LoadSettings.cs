using System.Globalization;

namespace StakeholderBot.Bench.Load;

// Command line: --turns 20000 --users 500 --concurrency 32 --managers 50 --warmup 1000 --seed 8 --sample-ms 200
public sealed record LoadSettings(int Turns, int Users, int Concurrency, int Managers, int Warmup, int Seed, int SampleMs)
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
            Read("warmup", Math.Max(200, turns / 20), 0), Read("seed", 8, 0), Read("sample-ms", 200, 10));
        if (values.Count > 0) throw new ArgumentException("Unknown option(s): " + string.Join(", ", values.Keys.Select(k => "--" + k)));
        if (settings.Managers > settings.Users) throw new ArgumentException("--managers cannot exceed --users.");
        return settings;
    }
}
