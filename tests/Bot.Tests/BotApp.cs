using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Auth;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bot.Tests;

// The real host in-process with settings of the test's choosing; requests go through the full pipeline.
// services: registrations added after the host's own (an in-memory telemetry exporter, say).
public sealed class BotApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:IndexPath", Path.Combine(TempFolders.Create("sb-tests-"), "index.db"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        // The OpenID stand-ins (LocalOpenId) answer from this test process, which on a loaded two-core CI machine can be
        // busier than Entra: a key fetch cut off by the production timeout turned a valid token into a 401 there. No
        // test measures that timeout; they test what the keys decide.
        builder.ConfigureTestServices(s => s.AddHttpClient(OpenIdKeySource.HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(2)));
        if (services is not null) builder.ConfigureTestServices(services);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await CreateClient().SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        return await CreateClient().PostAsync("/api/messages", content);
    }

    // Sends with expectReplies and returns the activities the bot answered with.
    public async Task<JsonArray> AskAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (JsonArray)body!["activities"]!;
    }
}
