namespace StakeholderBot.Bench.Storage;

public sealed record BenchSettings(int Ops, int[] Concurrency)
{
    public static BenchSettings Parse(string[] args)
    {
        var ops = 2000;
        int[] concurrency = [1, 8];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--ops": ops = int.Parse(args[i + 1]); break;
                case "--concurrency": concurrency = args[i + 1].Split(',').Select(int.Parse).ToArray(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}; use --ops N and --concurrency 1,8.");
            }
        }
        if (ops < 100 || concurrency.Length == 0 || concurrency.Any(c => c < 1)) throw new ArgumentException("--ops must be at least 100 and each concurrency at least 1.");
        return new BenchSettings(ops, concurrency);
    }
}
