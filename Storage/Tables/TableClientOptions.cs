using Azure.Core;

namespace StakeholderBot.Storage.Tables;

// Retry defaults are tighter than Azure.Core's (0.8 s delay, 100 s timeout): a bot turn should fail
// within seconds when storage is down, so the user hears "saving failed" instead of silence.
public sealed class TableClientOptions : ClientOptions
{
    public TableClientOptions()
    {
        Retry.MaxRetries = 3;
        Retry.Mode = RetryMode.Exponential;
        Retry.Delay = TimeSpan.FromMilliseconds(250);
        Retry.MaxDelay = TimeSpan.FromSeconds(3);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
