using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Dialogs.Documents;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// The shared library's container must be in the storage account the tables are in; a setting that would send
// documents anywhere else stops start-up naming what to set.
public sealed class LibrarySettingsTests
{
    private static IServiceCollection Add(IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        return services.AddStorage().AddDocuments();
    }

    [Fact]
    public void ContainerWithTableEndpointButNoBlobEndpoint_StopsStartUp_NamingBlobEndpoint()
    {
        var message = StartupChecks.Failure(Add, new Dictionary<string, string?>
        {
            ["Knowledge:Container"] = "documents",
            ["Storage:TableEndpoint"] = "https://account.table.core.windows.net/",
        });
        Assert.Contains("Storage:BlobEndpoint", message);
        Assert.Contains("Knowledge:Container", message);
    }

    [Fact]
    public void ContainerWithAConnectionStringNamingOnlyTables_StopsStartUp()
    {
        var message = StartupChecks.Failure(Add, new Dictionary<string, string?>
        {
            ["Knowledge:Container"] = "documents",
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;",
        });
        Assert.Contains("BlobEndpoint", message);
    }

    [Theory]
    [InlineData("Storage:TableEndpoint", "https://account.table.core.windows.net/", "Storage:BlobEndpoint", "https://account.blob.core.windows.net/")]
    [InlineData("Storage:ConnectionString", "DefaultEndpointsProtocol=https;AccountName=account;AccountKey=a2V5;EndpointSuffix=core.windows.net", null, null)]
    [InlineData("Storage:ConnectionString", "AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;", null, null)]
    public void ContainerInTheAccountOfTheTables_Starts(string key, string value, string? otherKey, string? otherValue)
    {
        var settings = new Dictionary<string, string?> { ["Knowledge:Container"] = "documents", [key] = value };
        if (otherKey is not null) settings[otherKey] = otherValue;
        using var provider = StartupChecks.Build(Add, settings);
    }

    [Fact]
    public void NoContainer_NeedsNoBlobEndpoint() =>
        StartupChecks.Build(Add, new Dictionary<string, string?> { ["Storage:TableEndpoint"] = "https://account.table.core.windows.net/" }).Dispose();
}
