using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Storage.Tests;

// One "bot instance": its own container built by AddStorage, as the host builds it, except that saves never start a
// replay-marker sweep: a sweep runs in the background at random (1 save in 20), and a test that counts requests or
// deletes a table must not share the account with one. Sweeps are tested on their own (ReplayMarkerTests).
// The timeout per attempt is generous: on a loaded machine a 3 s one expired on requests that were only slow; the
// client then sent them again while the first was still on its way (FaultProxy forwards it all the same), and a
// table creation arriving after the test had deleted the table made it again. Tests that time out on purpose set theirs.
public sealed class StoreHost : IDisposable
{
    private readonly ServiceProvider _services;

    public StoreHost(string connectionString, string tablePrefix, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Storage:MaxRetries"] = "1",
            ["Storage:NetworkTimeoutSeconds"] = "30",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        _services = StartupChecks.Build(
            services => services.AddStorage().AddSingleton(new ReplayMarkerRetention(TimeSpan.FromHours(24), SweepOneIn: 0)), settings);
    }

    public static string NewPrefix() => "p" + Guid.NewGuid().ToString("N")[..12];

    public ConversationStateStore State => _services.GetRequiredService<ConversationStateStore>();

    public StorageTables Tables => _services.GetRequiredService<StorageTables>();

    public TableServiceClient Client => _services.GetRequiredService<TableServiceClient>();

    public void Dispose() => _services.Dispose();
}

public sealed record SurveyProgress(int Page, Dictionary<string, string> Answers);
