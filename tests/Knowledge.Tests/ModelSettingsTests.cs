using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Each bad OpenAI:* value stops start-up with a message naming its key; none is quietly corrected.
public sealed class ModelSettingsTests
{
    private static string Fails(Dictionary<string, string?> settings) =>
        StartupChecks.Failure(s => s.AddSingleton<IHostEnvironment>(new Host()).AddKnowledge(), settings);

    [Theory]
    [InlineData("OpenAI:Endpoint", "ftp://model.example.org/")]
    [InlineData("OpenAI:Endpoint", "https://name.openai.azure.com/?api-version=2024-10-21")]
    [InlineData("OpenAI:ChatModel", "gpt 4o")]
    [InlineData("OpenAI:EmbeddingModel", "text embedding")]
    [InlineData("OpenAI:TimeoutSeconds", "0")]
    [InlineData("OpenAI:TimeoutSeconds", "600")]
    [InlineData("OpenAI:UserQuestionsPerHour", "0")]
    [InlineData("OpenAI:ApiKey", " key-with-spaces ")]
    public void BadModelSetting_StopsStartUp_NamingTheKey(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["OpenAI:Endpoint"] = "https://name.openai.azure.com/", ["OpenAI:ChatModel"] = "chat", [key] = value };
        Assert.Contains(key, Fails(settings));
    }

    [Fact]
    public void ModelWithoutEndpoint_StopsStartUp_NamingTheEndpoint() =>
        Assert.Contains("OpenAI:Endpoint", Fails(new Dictionary<string, string?> { ["OpenAI:EmbeddingModel"] = "embedding" }));

    [Theory]
    [InlineData("https://name.openai.azure.com/", true)]
    [InlineData("https://name.openai.azure.com/openai/v1/", true)]
    [InlineData("https://api.openai.com/v1", false)]
    [InlineData("http://127.0.0.1:8080/v1", false)]
    public void Endpoint_IsCalledAsAzureOpenAI_OnlyForAResource(string endpoint, bool azure)
    {
        var options = new ModelOptions { Endpoint = new Uri(endpoint), ChatModel = "chat" };
        Assert.Equal(azure, options.IsAzureDeploymentApi);
        if (azure) Assert.Equal("https://name.openai.azure.com/", options.AzureResource.AbsoluteUri);
    }

    private sealed class Host : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "StakeholderBot";
        public string ContentRootPath { get; set; } = TestSupport.RepoPaths.Root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
