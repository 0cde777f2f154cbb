using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StakeholderBot.TestSupport;

// Keeps every log line of the host, so a test can prove a turn never ran ("Turn ..." is logged after a flow).
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<(string Category, string Message)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose() { }

    public int Turns => Lines.Count(l => l.Category == "StakeholderBot.Turn" && l.Message.StartsWith("Turn ", StringComparison.Ordinal));

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Enqueue((category, formatter(state, exception) + (exception is null ? "" : " | " + exception)));
    }
}
