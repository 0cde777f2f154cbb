namespace StakeholderBot.Dialogs;

// A flow that can carry on without storage (from an in-process copy or count) leaves storage alone for a while after a
// call fails, so the turns that follow do not each wait for the same failure.
public sealed class StoragePause(TimeProvider time, TimeSpan length)
{
    private long resumesAt;

    public TimeSpan Length => length;

    public bool IsOver => time.GetUtcNow().UtcTicks >= Interlocked.Read(ref resumesAt);

    public void Start() => Interlocked.Exchange(ref resumesAt, (time.GetUtcNow() + length).UtcTicks);
}
