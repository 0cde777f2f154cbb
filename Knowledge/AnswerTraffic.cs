namespace StakeholderBot.Knowledge;

// Questions being answered now, and when the last one ended. Background work that competes for the same cores
// (embedding the passages, minutes to hours for a large corpus) waits for a quiet moment, so a stakeholder's answer
// comes first; it still moves on at least once per longest wait, so vectors keep filling under steady traffic.
public sealed class AnswerTraffic(TimeProvider time)
{
    // After an answer, more questions often follow (a burst from several users, a follow-up): wait this long.
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(1);

    private int answering;
    private long lastEnded = long.MinValue;

    public Answering Begin()
    {
        Interlocked.Increment(ref answering);
        return new Answering(this);
    }

    // How long background work should still wait: zero when no question is being answered and none ended just now.
    public TimeSpan UntilQuiet()
    {
        if (Volatile.Read(ref answering) > 0) return Quiet;
        var ended = Interlocked.Read(ref lastEnded);
        if (ended == long.MinValue) return TimeSpan.Zero;
        var since = time.GetElapsedTime(ended);
        return since >= Quiet ? TimeSpan.Zero : Quiet - since;
    }

    public async Task WaitForQuietAsync(CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        while (UntilQuiet() is var wait && wait > TimeSpan.Zero && time.GetElapsedTime(start) < LongestWait)
            await Task.Delay(wait, time, cancellationToken);
    }

    private void End()
    {
        Interlocked.Exchange(ref lastEnded, time.GetTimestamp());
        Interlocked.Decrement(ref answering);
    }

    public sealed class Answering(AnswerTraffic traffic) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0) traffic.End();
        }
    }
}
