using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Bot.Tests;
using StakeholderBot.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.Resilience.Tests.Hostile;

// The same attacks over real sockets (Kestrel on loopback), plus what only a socket can send.
public sealed class KestrelHostileTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private const int Seed = 7_340_033;
    private BotApp bot = null!;
    private LocalHttpServer connector = null!;
    private Uri server = null!;

    public async Task InitializeAsync()
    {
        connector = await ConnectorStub.StartAsync();
        bot = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Logging:LogLevel:StakeholderBot.Turn", "Critical")));
        bot.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        bot.StartServer();
        var addresses = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        server = new Uri(addresses.Addresses.First());
        using var http = new HttpClient { BaseAddress = server };
        await Health.WaitUntilHealthyAsync(http);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    private async Task AssertStillServingAsync()
    {
        using var http = new HttpClient { BaseAddress = server };
        using var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var help = Fixtures.Message("help");
        help["deliveryMode"] = "expectReplies";
        using var reply = await http.PostAsync("/api/messages", new StringContent(help.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
    }

    [Fact]
    public async Task GeneratedHostileRequests_OverRealSockets_AreAnsweredWithout5xx()
    {
        var generator = new HostileGenerator(Seed, new CardCatalog(), HostileTargets.For(connector.BaseUrl, ResilienceSettings.Manager));
        using var http = new HttpClient { BaseAddress = server };

        var run = await HostileRunner.RunAsync(http, generator.Generate(1_000), Seed);

        output.WriteLine(run.Summary);
        Assert.True(run.Failures.Count == 0, run.FailureReport());
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("Content-Type: application/json\r\nContent-Length: 5000\r\n", "{\"type\":\"message\"", true)]
    [InlineData("Content-Type: application/json\r\nContent-Length: 300000\r\n", "", false)]
    [InlineData("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", "5\r\n{\"typ\r\n", true)]
    [InlineData("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", "zz\r\nnot a chunk\r\n0\r\n\r\n", false)]
    [InlineData("Content-Type: application/json\r\nContent-Length: 2\r\n", "{}{\"type\":\"message\"}", false)]
    [InlineData("Content-Type: application/json\r\nContent-Length: -1\r\n", "{}", false)]
    [InlineData("Content-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\n", "{} ", false)]
    [InlineData("Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n", "\u001f\u008b\u0008\u0000", false)]
    public async Task BodiesThatLieOrStop_LeaveTheServerServing(string headers, string body, bool closeAfterSend)
    {
        var status = await RawHttp.SendAsync(server, RawHttp.Post(server, headers, Encoding.Latin1.GetBytes(body)), closeAfterSend);

        output.WriteLine(status ?? "(connection closed)");
        Assert.False(status?.Contains(" 5") == true && !status.Contains(" 501"), status);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task OversizedHeadersAndBrokenRequestLines_AreRefusedBeforeTheBot()
    {
        var huge = await RawHttp.SendAsync(server, RawHttp.Post(server, $"Authorization: Bearer {new string('a', 64 * 1024)}\r\nContent-Length: 2\r\n", "{}"u8.ToArray()));
        var noMethod = await RawHttp.SendAsync(server, "/api/messages\r\nHost: x\r\n\r\n"u8.ToArray());
        var garbage = await RawHttp.SendAsync(server, Encoding.ASCII.GetBytes(HostileGenerator.LongText(new Random(1), 2_000).Replace('€', 'x') + "\r\n\r\n"));
        var version = await RawHttp.SendAsync(server, "POST /api/messages HTTP/9.9\r\nHost: x\r\n\r\n"u8.ToArray());

        Assert.All(new[] { huge, noMethod, garbage }, s => Assert.True(s is null || s.Contains(" 4"), s));
        // Kestrel's own answer to an HTTP version it does not speak (RFC 9110 15.6.6); the bot never sees it.
        Assert.Contains(" 505 ", version);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task ManyClientsGivingUpMidBody_LeaveTheServerServing()
    {
        var body = Encoding.UTF8.GetBytes(Fixtures.Message("help").ToJsonString());
        var tasks = Enumerable.Range(0, 64).Select(i =>
            RawHttp.SendAsync(server, RawHttp.Post(server, $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n", body[..(i * 7 % body.Length)]), closeAfterSend: true));

        var statuses = await Task.WhenAll(tasks);

        Assert.DoesNotContain(statuses, s => s?.Contains(" 500") == true);
        await AssertStillServingAsync();
    }
}
