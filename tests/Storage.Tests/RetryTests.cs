using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class RetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private FaultProxy _proxy = null!;
    private TableClient _table = null!;

    public async Task InitializeAsync()
    {
        _proxy = new FaultProxy(azurite.TableEndpoint);
        _table = new TableServiceClient(_proxy.ConnectionString(AzuriteFixture.AccountKey), FastRetries()).GetTableClient(Tables.NewName());
        await _table.CreateIfNotExistsAsync();
        _proxy.ResetCount();
    }

    public async Task DisposeAsync() => await _proxy.DisposeAsync();

    private static TableClientOptions FastRetries(int maxRetries = 3)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(700);
        return options;
    }

    [Theory]
    [InlineData(408, "OperationTimedOut")]
    [InlineData(429, "TooManyRequests")]
    [InlineData(500, "InternalError")]
    [InlineData(503, "ServerBusy")]
    public async Task TransientStatus_IsRetriedUntilTheWriteSucceeds(int status, string code)
    {
        _proxy.FailNext(status, code, times: 2);

        await _table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });

        Assert.Equal(3, _proxy.Requests);
        Assert.Equal(1, (await _table.GetEntityAsync("p", "r")).Value.GetInt32("N"));
    }

    [Fact]
    public async Task PersistentServerBusy_ReachesTheCallerWithStatusAndErrorCode()
    {
        _proxy.FailNext(503, "ServerBusy", times: 10);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => _table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(503, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(4, _proxy.Requests);
    }

    [Fact]
    public async Task StalledResponse_TimesOutAndIsRetried()
    {
        _proxy.StallNext(TimeSpan.FromSeconds(3));

        await _table.UpsertEntityAsync(new TableEntity("p", "slow") { ["N"] = 2 });

        Assert.Equal(2, (await _table.GetEntityAsync("p", "slow")).Value.GetInt32("N"));
        Assert.True(_proxy.Requests >= 3);
    }

    [Fact]
    public async Task ConflictAndPreconditionFailures_AreNotRetried()
    {
        await _table.AddEntityAsync(new TableEntity("p", "r"));
        _proxy.ResetCount();

        await Assert.ThrowsAsync<RequestFailedException>(() => _table.AddEntityAsync(new TableEntity("p", "r")));
        await Assert.ThrowsAsync<RequestFailedException>(() => _table.UpdateEntityAsync(new TableEntity("p", "r"), new ETag("W/\"datetime'2000-01-01T00%3A00%3A00Z'\"")));

        Assert.Equal(2, _proxy.Requests);
    }

    [Fact]
    public async Task ConnectionRefused_IsRetriedThenSurfacesAsStatusZero()
    {
        var attempts = new AttemptCounter();
        var options = FastRetries(maxRetries: 2);
        options.AddPolicy(attempts, HttpPipelinePosition.PerRetry);
        var closedPort = new FaultProxy(azurite.TableEndpoint);
        var connection = closedPort.ConnectionString(AzuriteFixture.AccountKey);
        await closedPort.DisposeAsync();
        var table = new TableServiceClient(connection, options).GetTableClient("unreachable");

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(0, error.Status);
        Assert.Equal(3, attempts.Count);
        Assert.Contains("could not be reached", error.Message);
    }

    private sealed class AttemptCounter : HttpPipelineSynchronousPolicy
    {
        public int Count;

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref Count);
    }
}
