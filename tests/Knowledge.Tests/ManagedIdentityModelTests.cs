using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// In Azure the bot has no OpenAI key: DefaultAzureCredential gets a token from App Service's managed identity endpoint
// (IDENTITY_ENDPOINT/IDENTITY_HEADER, the user-assigned identity named by AZURE_CLIENT_ID), here a local one.
public sealed class ManagedIdentityModelTests : IAsyncLifetime
{
    private const string ClientId = "0b6f8c3e-1d2a-4f5b-9c7d-6e5f4a3b2c1d";
    private readonly string header = Guid.NewGuid().ToString("N");
    private readonly ConcurrentQueue<(string Resource, string ClientId)> asked = new();
    private readonly Dictionary<string, string?> saved = [];
    private LocalHttpServer identity = null!;
    private ModelService model = null!;
    private string? issued;

    public async Task InitializeAsync()
    {
        identity = await LocalHttpServer.StartAsync(app => app.MapGet("/msi/token", (HttpContext c) =>
        {
            if (c.Request.Headers["X-IDENTITY-HEADER"] != header) return Results.StatusCode(401);
            var resource = c.Request.Query["resource"].ToString();
            asked.Enqueue((resource, c.Request.Query["client_id"].ToString()));
            issued = "mi-token-" + Guid.NewGuid().ToString("N");
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = issued, ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(),
                ["resource"] = resource, ["token_type"] = "Bearer",
            });
        }));
        // Process-wide, as App Service sets them; nothing else in this test assembly signs in with a credential.
        Set("IDENTITY_ENDPOINT", identity.BaseUrl + "/msi/token");
        Set("IDENTITY_HEADER", header);
        Set("AZURE_CLIENT_ID", ClientId);
        model = await ModelService.StartAsync(ModelApi.Azure, "gpt-test", key: null, token: () => issued);
    }

    public async Task DisposeAsync()
    {
        foreach (var (name, value) in saved) Environment.SetEnvironmentVariable(name, value);
        Assert.Empty(model.Problems);
        await model.DisposeAsync();
        await identity.DisposeAsync();
    }

    [Fact]
    public async Task WithoutAKey_TheManagedIdentityTokenForCognitiveServices_IsSentToTheDeployment()
    {
        model.Answer = (call, reply) => reply.WriteAsync($"It started on 1 April 2016 [{call.SourceWith("1 April 2016")}].");
        var options = new ModelOptions { Endpoint = new Uri(model.Endpoint), ChatModel = model.ChatModel };
        var harness = new KnowledgeHarness(KnowledgeHarness.RepoCorpus, model: options);
        await harness.IndexAsync(vectors: false);

        var answer = await harness.AskAsync("When did UpGradeSME start?");

        Assert.True(answer.AiGenerated);
        Assert.NotEmpty(model.Calls(ChatKind.Answer));
        Assert.Equal(("https://cognitiveservices.azure.com", ClientId), asked.Distinct().Single());
    }

    private void Set(string name, string value)
    {
        saved[name] = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }
}
