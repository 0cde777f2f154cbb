using Microsoft.Extensions.AI;

namespace StakeholderBot.Knowledge.Models;

// The tokens one answer cost, per step, for its log line: "rewrite 180+22, embed 9, answer 1450+61" (input+output).
// The metric (gen_ai.client.token.usage) is recorded per call by the clients themselves (ModelClients).
public sealed class ModelUsage
{
    private readonly List<(string Step, long Input, long Output)> steps = [];

    public void Add(string step, UsageDetails? usage)
    {
        if (usage is null || usage.InputTokenCount is null && usage.OutputTokenCount is null) return;
        steps.Add((step, usage.InputTokenCount ?? 0, usage.OutputTokenCount ?? 0));
    }

    public long Total => steps.Sum(s => s.Input + s.Output);

    public override string ToString() => steps.Count == 0 ? "none reported"
        : string.Join(", ", steps.Select(s => s.Output > 0 ? $"{s.Step} {s.Input}+{s.Output}" : $"{s.Step} {s.Input}")) + $" (total {Total})";
}
