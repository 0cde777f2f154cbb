using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Storage.State;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AddStorageTests(AzuriteFixture azurite)
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) => StartupChecks.Build(s => s.AddStorage(), settings);

    private static string Fails(Dictionary<string, string?> settings) => StartupChecks.Failure(s => s.AddStorage(), settings);

    [Fact]
    public void NoSettings_UsesAzuriteOnItsDefaultPort()
    {
        using var services = Build([]);
        var client = services.GetRequiredService<TableServiceClient>();
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", client.Uri.AbsoluteUri.TrimEnd('/'));
        Assert.Same(services.GetRequiredService<ConversationStateStore>(), services.GetRequiredService<ConversationStateStore>());
    }

    [Fact]
    public void TableEndpoint_UsesTokenCredentialAgainstThatEndpoint()
    {
        using var services = Build(new() { ["Storage:TableEndpoint"] = "https://upgradesme.table.core.windows.net" });
        var client = services.GetRequiredService<TableServiceClient>();
        Assert.Equal("https://upgradesme.table.core.windows.net/", client.Uri.AbsoluteUri);
        Assert.Equal("upgradesme", client.AccountName);
    }

    [Fact]
    public void TableEndpoint_EndingWithASlash_AsTheAccountListsIt_IsTakenWithoutIt()
    {
        Assert.Equal("https://upgradesme.table.core.windows.net/", Endpoint("https://upgradesme.table.core.windows.net/"));
        Assert.Equal("https://127.0.0.1:10002/devstoreaccount1", Endpoint("https://127.0.0.1:10002/devstoreaccount1/"));
    }

    private static string Endpoint(string setting)
    {
        using var services = Build(new() { ["Storage:TableEndpoint"] = setting });
        return services.GetRequiredService<TableServiceClient>().Uri.AbsoluteUri;
    }

    [Fact]
    public void BadValues_ThrowNamingTheKey()
    {
        Assert.Contains("Storage:TableEndpoint", Fails(new() { ["Storage:ConnectionString"] = azurite.ConnectionString, ["Storage:TableEndpoint"] = "https://x.table.core.windows.net" }));
        Assert.Contains("Storage:TableEndpoint", Fails(new() { ["Storage:TableEndpoint"] = "http://x.table.core.windows.net" }));
        Assert.Contains("Storage:TableEndpoint", Fails(new() { ["Storage:TableEndpoint"] = "not a url" }));
        Assert.Contains("Storage:ConnectionString", Fails(new() { ["Storage:ConnectionString"] = "AccountName=x" }));
        Assert.Contains("must not end with '/'", Fails(new() { ["Storage:ConnectionString"] = azurite.ConnectionString.TrimEnd(';') + "/" }));
        Assert.DoesNotContain("secret", Fails(new() { ["Storage:ConnectionString"] = "AccountName=x;secretKeyWithoutName" }));
        Assert.Contains("Storage:TablePrefix", Fails(new() { ["Storage:TablePrefix"] = "bad-prefix" }));
        Assert.Contains("Storage:TablePrefix", Fails(new() { ["Storage:TablePrefix"] = "1st" }));
        Assert.Contains("Storage:MaxRetries", Fails(new() { ["Storage:MaxRetries"] = "-1" }));
        Assert.Contains("Storage:NetworkTimeoutSeconds", Fails(new() { ["Storage:NetworkTimeoutSeconds"] = "soon" }));
    }

    [Fact]
    public void BadConnectionString_NeverEchoesTheKey()
    {
        var error = Fails(new() { ["Storage:ConnectionString"] = "AccountName=x;AccountKey=secret!!notbase64" });
        Assert.DoesNotContain("secret", error);
    }

    [Fact]
    public async Task TablePrefix_IsAppliedToEveryTableTheStoresCreate()
    {
        var prefix = StoreHost.NewPrefix();
        using var host = new StoreHost(azurite.ConnectionString, prefix);
        await host.State.SaveAsync(new ConversationStateKey("c", "u", "survey"), new SurveyProgress(1, []), null, "a1");

        var physical = host.Client.GetTableClient(prefix + "ConversationState");
        var rows = await physical.QueryAsync<TableEntity>().ToListAsync();

        Assert.Equal(prefix + "ConversationState", host.Tables.NameOf("ConversationState"));
        Assert.Equal(2, rows.Count); // the state and its activity marker
    }
}
