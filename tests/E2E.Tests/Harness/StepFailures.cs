namespace StakeholderBot.E2E.Tests.Harness;

// What the browser driver reported: its error, the screenshot it took, the bot's last messages.
public sealed class DriverException(string message, string? screenshot, string recentMessages) : Exception(message)
{
    public string? Screenshot { get; } = screenshot;

    public string RecentMessages { get; } = recentMessages;
}

// A failed step, with everything needed to see why without rerunning it.
public sealed class StepFailedException(string message, Exception inner) : Exception(message, inner);
