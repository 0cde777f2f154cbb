using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StakeholderBot.Storage;

// The bot's own traces and metrics, all under one name that the host exports (Bot/Hosting/TelemetrySetup). Kept in
// Storage because it is the one project that every layer which reports (storage calls, the flows, the host) references.
public static class BotTelemetry
{
    public const string Name = "StakeholderBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    // Tags: route (ask, survey, meetings, ...), result (ok, failed, ignored).
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("stakeholderbot.turns", "{turn}",
        "Activities the bot handled");

    // Tags: outcome (answered, refused: no source, no answer), cached (true when the answer cache gave it).
    public static readonly Counter<long> Answers = Meter.CreateCounter<long>("stakeholderbot.answers", "{answer}",
        "Questions answered or refused");

    public static readonly Histogram<double> AnswerDuration = Meter.CreateHistogram<double>("stakeholderbot.answer.duration", "s",
        "Time to answer a question, from the question to the composed reply");

    // Tags: error (unavailable, conflict).
    public static readonly Counter<long> StorageFailures = Meter.CreateCounter<long>("stakeholderbot.storage.failures", "{failure}",
        "Table calls that failed after the client's retries, or met a changed ETag");

    public static readonly UpDownCounter<long> OutboxDepth = Meter.CreateUpDownCounter<long>("stakeholderbot.outbox.depth", "{reply}",
        "Replies waiting in the outbox");
}
