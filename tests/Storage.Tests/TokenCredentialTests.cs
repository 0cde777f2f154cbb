using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// The production path (Storage:TableEndpoint + a token credential) against Azurite over HTTPS with --oauth basic.
// Entra ID cannot run here, so the credential is a stub; it checks the scope it is asked for.
public sealed class TokenCredentialTests(AzuriteOAuthFixture azurite) : IClassFixture<AzuriteOAuthFixture>
{
    // The endpoint as the storage account lists it (primaryEndpoints.table ends with '/'), taken as AddStorage takes it.
    private ConversationStateStore Store(TokenCredential credential)
    {
        var options = new StorageOptions { TableEndpoint = new Uri(azurite.TableEndpoint + "/"), TablePrefix = StoreHost.NewPrefix() };
        var service = new TableServiceClient(options.ServiceEndpoint, credential,
            new TableClientOptions { Transport = new HttpClientTransport(azurite.TrustingHandler()) });
        return new ConversationStateStore(new StorageTables(service, options));
    }

    [Fact]
    public async Task BearerToken_ForTheStorageScope_IsAcceptedForTableEntityAndTransactionCalls()
    {
        var credential = new StubCredential(AzuriteOAuthFixture.Token(DateTimeOffset.UtcNow.AddHours(1)));
        var store = Store(credential);
        var key = new ConversationStateKey("19:conv", "user-1", "survey");

        var saved = await store.SaveAsync(key, new SurveyProgress(1, new() { ["q1"] = "yes" }), null, "a1");
        var read = await store.GetAsync<SurveyProgress>(key);

        Assert.Equal("yes", read!.State.Answers["q1"]);
        Assert.Equal(saved.ETag, read.ETag);
        Assert.All(credential.Scopes, scope => Assert.Equal(["https://storage.azure.com/.default"], scope));
        Assert.NotEmpty(credential.Scopes);
    }

    [Theory]
    [InlineData(-1, AzuriteOAuthFixture.StorageAudience)]
    [InlineData(1, "https://management.azure.com")]
    public async Task ExpiredOrForeignToken_IsRefusedAsForbidden_NotTakenForAnOutage(int hours, string audience)
    {
        var store = Store(new StubCredential(AzuriteOAuthFixture.Token(DateTimeOffset.UtcNow.AddHours(hours), audience)));

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => store.GetAsync<SurveyProgress>(new("19:conv", "user-1", "survey")));

        Assert.Equal(403, error.Status);
        // Azurite answers this one in XML, which the client does not parse into ErrorCode; the message carries it.
        Assert.Contains("AuthenticationFailed", error.Message);
    }

    private sealed class StubCredential(string token) : TokenCredential
    {
        public List<string[]> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes) Scopes.Add(requestContext.Scopes);
            // The JWT's own exp is what Azurite checks; this expiry only drives the client's token cache.
            return new AccessToken(token, DateTimeOffset.UtcNow.AddMinutes(10));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
