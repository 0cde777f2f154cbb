using System.Diagnostics;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// Azurite keeps its tables in memory and writes them to --location every 5 s; the README's run command must stop it
// so that a write it acknowledged just before Ctrl-C is still there on the next start.
public sealed class AzuriteStopTests(PersistentAzuriteFixture azurite) : IClassFixture<PersistentAzuriteFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => azurite.StartAsync();

    public Task DisposeAsync() => azurite.StartAsync();

    [Fact]
    public async Task MeetingLogged_AzuriteStoppedAtOnceAsRunLocalDoes_TheMeetingIsThereAfterARestart()
    {
        using var host = new StoreHost(azurite.ConnectionString, StoreHost.NewPrefix());
        var meetings = new MeetingStore(host.Tables, TimeProvider.System);
        var meeting = MeetingSamples.Meeting();
        await meetings.AddAsync(meeting, "pm-1", default);

        var stop = await StopAsRunLocalAsync(azurite.ProcessId!.Value);
        await azurite.WaitForExitAsync(TimeSpan.FromSeconds(10));
        var stopped = !azurite.IsRunning;
        await azurite.StartAsync();
        var found = await meetings.GetAsync(meeting.PartitionKey, meeting.Id, default);

        Assert.Equal(0, stop);
        Assert.True(stopped);
        Assert.Equal(meeting.Decisions, found?.Decisions);
    }

    private static async Task<int> StopAsRunLocalAsync(int pid)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "stop-azurite.sh"));
        start.ArgumentList.Add(pid.ToString());
        using var script = Process.Start(start)!;
        await script.WaitForExitAsync();
        return script.ExitCode;
    }
}
