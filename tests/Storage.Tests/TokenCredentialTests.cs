using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using StakeholderBot.Storage.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// The production path (Storage:TableEndpoint + a token credential) against Azurite over HTTPS with --oauth basic.
// Entra ID cannot run here, so the credential is a stub; it checks the scope it is asked for.
public sealed class TokenCredentialTests(AzuriteOAuthFixture azurite) : IClassFixture<AzuriteOAuthFixture>
{
    private TableServiceClient Client(TokenCredential credential) =>
        new(new Uri(azurite.TableEndpoint), credential, new TableClientOptions { Transport = new HttpClientTransport(azurite.TrustingHandler()) });

    [Fact]
    public async Task BearerToken_ForTheStorageScope_IsAcceptedForTableAndEntityCalls()
    {
        var credential = new StubCredential(AzuriteOAuthFixture.Token(DateTimeOffset.UtcNow.AddHours(1)));
        var service = Client(credential);
        var table = service.GetTableClient(Tables.NewName());

        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["N"] = 1 });
        var read = (await table.GetEntityAsync("p", "r")).Value;

        Assert.Equal(1, read.GetInt32("N"));
        Assert.Equal("devstoreaccount1", service.AccountName);
        Assert.All(credential.Scopes, scope => Assert.Equal(["https://storage.azure.com/.default"], scope));
        Assert.NotEmpty(credential.Scopes);
    }

    [Theory]
    [InlineData(-1, AzuriteOAuthFixture.StorageAudience)]
    [InlineData(1, "https://management.azure.com")]
    public async Task ExpiredOrForeignToken_IsRefusedWithStatusAndErrorCode(int hours, string audience)
    {
        var table = Client(new StubCredential(AzuriteOAuthFixture.Token(DateTimeOffset.UtcNow.AddHours(hours), audience))).GetTableClient(Tables.NewName());

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.Equal("AuthenticationFailed", error.ErrorCode);
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
