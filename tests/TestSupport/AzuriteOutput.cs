using System.Collections.Concurrent;
using System.Diagnostics;

namespace StakeholderBot.TestSupport;

// Drains Azurite's stdout/stderr (so its pipes never fill) and keeps the last lines for start-up errors.
internal sealed class AzuriteOutput
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Tail() => string.Join(" | ", _lines);

    private void Keep(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        _lines.Enqueue(line);
        while (_lines.Count > 20) _lines.TryDequeue(out _);
    }
}
