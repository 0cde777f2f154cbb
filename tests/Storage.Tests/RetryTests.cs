using Azure.Data.Tables;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// Transient failures are retried by the client itself (Storage:MaxRetries, Storage:NetworkTimeoutSeconds), once per
// attempt through a real HTTP hop that injects the failure; what stays broken reaches the flow as one exception.
[Collection(AzuriteCollection.Name)]
public sealed class RetryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ConversationStateKey Key = new("19:conv", "user-1", "survey");
    private readonly FaultProxy _proxy = new(azurite.TableEndpoint);
    private StoreHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = Host(_proxy.ConnectionString(AzuriteFixture.AccountKey));
        await _host.State.GetAsync<SurveyProgress>(Key); // the table exists before anything is counted
        _proxy.ResetCount();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _proxy.DisposeAsync();
    }

    // A generous timeout per attempt, so that only the injected faults are retried even on a busy machine.
    private static StoreHost Host(string connectionString, int maxRetries = 3, int timeoutSeconds = 10) => new(connectionString,
        StoreHost.NewPrefix(), new Dictionary<string, string?>
        {
            ["Storage:MaxRetries"] = maxRetries.ToString(), ["Storage:NetworkTimeoutSeconds"] = timeoutSeconds.ToString(),
        });

    [Theory]
    [InlineData(408, "OperationTimedOut")]
    [InlineData(429, "TooManyRequests")]
    [InlineData(500, "InternalError")]
    [InlineData(503, "ServerBusy")]
    public async Task TransientStatus_IsRetriedUntilTheSaveSucceeds(int status, string code)
    {
        _proxy.FailNext(status, code, times: 2);

        var saved = await _host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");

        Assert.Equal(3, _proxy.Requests);
        Assert.Equal(saved.ETag, (await _host.State.GetAsync<SurveyProgress>(Key))!.ETag);
    }

    [Fact]
    public async Task PersistentServerBusy_IsStoreUnavailable_NamingStatusAndErrorCode()
    {
        _proxy.FailNext(503, "ServerBusy", times: 10);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => _host.State.GetAsync<SurveyProgress>(Key));

        Assert.Contains("status 503 ServerBusy", error.Message);
        Assert.Equal(4, _proxy.Requests);
    }

    // The stalled attempt still reaches the service after the client gave up on it, so either attempt may be the one
    // that writes; the activity's marker makes sure only one does, and the save returns the stored ETag either way.
    [Fact]
    public async Task StalledResponse_TimesOutAndIsRetried_AndTheStateIsWrittenOnce()
    {
        using var impatient = Host(_proxy.ConnectionString(AzuriteFixture.AccountKey), timeoutSeconds: 1);
        await impatient.State.GetAsync<SurveyProgress>(Key);
        _proxy.ResetCount();
        _proxy.StallNext(TimeSpan.FromSeconds(3));

        var saved = await impatient.State.SaveAsync(Key, new SurveyProgress(2, []), null, "a1");
        var requests = _proxy.Requests;
        var stored = await impatient.State.GetAsync<SurveyProgress>(Key);

        Assert.True(requests >= 2);
        Assert.Equal(2, stored!.State.Page);
        Assert.Equal(stored.ETag, saved.ETag);
        var markers = TableClient.CreateQueryFilter($"RowKey ge {"applied~~"} and RowKey lt {"appliee"}");
        var marker = Assert.Single(await impatient.Client.GetTableClient(impatient.Tables.NameOf("ConversationState"))
            .QueryAsync<ReplayMarker>(markers).ToListAsync());
        Assert.Equal("a1", marker.ActivityId);
    }

    [Fact]
    public async Task ConflictAndPreconditionFailures_AreNotRetried()
    {
        var first = await _host.State.SaveAsync(Key, new SurveyProgress(1, []), null, "a1");
        await _host.State.SaveAsync(Key, new SurveyProgress(2, []), first.ETag, "a2");
        _proxy.ResetCount();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.State.SaveAsync(Key, new SurveyProgress(3, []), null, "a3"));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.State.SaveAsync(Key, new SurveyProgress(3, []), first.ETag, "a4"));

        Assert.Equal(2, _proxy.Requests);
    }

    [Fact]
    public async Task ConnectionRefused_IsRetriedThenStoreUnavailable()
    {
        var closed = new FaultProxy(azurite.TableEndpoint);
        var connection = closed.ConnectionString(AzuriteFixture.AccountKey);
        await closed.DisposeAsync();
        using var host = Host(connection, maxRetries: 2);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.State.GetAsync<SurveyProgress>(Key));

        Assert.Contains("3 attempts", error.Message);
        Assert.Contains("no answer from the Table service", error.Message);
    }
}
