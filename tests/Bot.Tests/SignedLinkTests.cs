using System.Net;
using StakeholderBot.Dialogs.Links;
using StakeholderBot.Knowledge;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// Every kind of link the bot hands out opens only as it was made: not unsigned, forged, altered or expired, and every
// refusal is the same 403 that names nothing. Links are taken from the replies, as a user would click them.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class SignedLinkTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private const string Key = "meeting-tests-signing-key";

    public static TheoryData<string> Kinds => ["corpus document", "meeting record", "meetings CSV", "survey results CSV", "survey contacts CSV"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Link_OpensAsMade_AndIsRefusedUnsignedForgedAlteredOrExpired(string kind)
    {
        await using var host = await StartAsync();
        var (link, lifetime, secret) = await LinkAsync(host, kind);
        using var client = host.Client();

        using (var genuine = await client.GetAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
            Assert.Contains(secret, await genuine.Content.ReadAsStringAsync());
        }

        var path = link.Split('?')[0];
        var query = link.Split('?')[1];
        var signature = Argument(query, "sig");
        var expires = long.Parse(Argument(query, "exp"));
        var otherKey = new SignedLinks(new Uri("https://bot.example.org"), "another-deployments-key"u8.ToArray(), TimeSpan.FromDays(30), host.Clock);
        var refused = new Dictionary<string, string>
        {
            ["unsigned"] = path,
            ["signature removed"] = path + "?" + Without(query, "sig"),
            ["signature forged"] = path + "?" + query.Replace(signature, new string('A', signature.Length), StringComparison.Ordinal),
            ["signature of another key"] = path + "?" + Resigned(query, otherKey, kind, path),
            ["expiry moved"] = path + "?" + query.Replace("exp=" + expires, "exp=" + (expires + 86_400), StringComparison.Ordinal),
            ["argument added"] = link + "&from=2000-01-01",
            ["first argument changed"] = path + "?" + ChangeFirstArgument(query),
            ["path changed"] = Retarget(path, kind) + "?" + query,
        };
        var bodies = new HashSet<string>();
        foreach (var (how, url) in refused)
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{how}: {(int)response.StatusCode} for {url}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(secret, body);
            Assert.DoesNotContain("meetings/", body);
            bodies.Add(body);
        }
        // One refusal for every way a link can be wrong.
        Assert.Contains("invalid or has expired", Assert.Single(bodies));

        host.Clock.Now += lifetime + TimeSpan.FromSeconds(1);
        using var expired = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(bodies.Single(), await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Links_OpenOnEveryInstanceWithTheSharedKey_AndOnNoOther()
    {
        await using var a = await StartAsync();
        var (record, _, secret) = await LinkAsync(a, "meeting record");
        var (csv, _, _) = await LinkAsync(a, "meetings CSV");

        await using var b = await StartAsync(a.Table);
        await MeetingHost.EventuallyAsync(() => b.Service<Dialogs.Meetings.MeetingIndexSync>().Loaded, "instance B has indexed the stored meetings");
        await using var other = await StartAsync(a.Table, key: "another-deployments-key");
        await MeetingHost.EventuallyAsync(() => other.Service<Dialogs.Meetings.MeetingIndexSync>().Loaded, "the other deployment has indexed the meetings");
        using var clientB = b.Client();
        using var otherClient = other.Client();

        Assert.Contains(secret, await clientB.GetStringAsync(record));
        Assert.Equal(HttpStatusCode.OK, (await clientB.GetAsync(csv)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClient.GetAsync(record)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherClient.GetAsync(csv)).StatusCode);
    }

    private async Task<MeetingHost> StartAsync(string? table = null, string key = Key)
    {
        var host = new MeetingHost(azurite.ConnectionString, Now, table, new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = Path.Combine(RepoPaths.Root, "corpus"),
            ["Bot:PublicBaseUrl"] = "https://bot.example.org",
            ["Exports:SigningKey"] = key,
        });
        await host.WaitUntilHealthyAsync();
        return host;
    }

    // A link of this kind as the bot sends it (path and query), how long it lives, and a text only its target holds.
    private static async Task<(string Link, TimeSpan Lifetime, string Secret)> LinkAsync(MeetingHost host, string kind)
    {
        switch (kind)
        {
            case "corpus document":
                var answer = Assert.Single(await host.SayAsync("How much money does the Beneficiary Light grant scheme give to SMEs?", MeetingHost.Stakeholder))!;
                return (PathAndQuery(CitationUrl(answer, "/documents/inter-ventures-policy-instruments.md?")), TimeSpan.FromDays(30), "Beneficiary Light");
            case "meeting record":
                await host.SaveThroughStepsAsync(await host.CardAsync("log meeting"), MeetingLogTests.Typed());
                var managerAnswer = Assert.Single(await host.SayAsync("What did the Lombardy stakeholders decide in March?"))!;
                return (PathAndQuery(CitationUrl(managerAnswer, "/documents/meetings/")), TimeSpan.FromDays(30), "Unioncamere Lombardia");
            case "meetings CSV":
                await host.SaveThroughStepsAsync(await host.CardAsync("log meeting"), MeetingLogTests.Typed());
                return (PathAndQuery(OpenUrl(await host.CardAsync("meetings INTRA 2022"))), SignedLinks.ExportLifetime, "Unioncamere Lombardia");
            case "survey contacts CSV":
                return (PathAndQuery(OpenUrl(await host.CardAsync("survey results"), "Download contacts (CSV)")), SignedLinks.ExportLifetime, "respondent,survey,country,email");
            default:
                // One stored response: with none, the results are a one-line reply without a CSV.
                await host.Service<StakeholderBot.Storage.Surveys.SurveyResponseStore>().AddAsync(new("sme-readiness", "nl",
                    Guid.NewGuid().ToString("N"), 1, "respondent", "en", DateTimeOffset.UtcNow, 50, "developing",
                    new Dictionary<string, object> { ["region"] = "nl", ["barriers"] = "partners" }));
                return (PathAndQuery(OpenUrl(await host.CardAsync("survey results"), "Download CSV")), SignedLinks.ExportLifetime, "Response id");
        }
    }

    private static string CitationUrl(System.Text.Json.Nodes.JsonNode reply, string part) =>
        reply["entities"]!.AsArray().SelectMany(e => e!["citation"]!.AsArray())
            .Select(c => (string)c!["appearance"]!["url"]!).First(u => u.Contains(part, StringComparison.Ordinal));

    private static string OpenUrl(System.Text.Json.Nodes.JsonObject card, string? title = null) =>
        (string)MeetingCards.Actions(card).Single(a => (string?)a["type"] == "Action.OpenUrl" && (title is null || (string?)a["title"] == title))["url"]!;

    private static string PathAndQuery(string url) => new Uri(url).PathAndQuery;

    private static string Argument(string query, string name) =>
        query.Split('&').Select(p => p.Split('=', 2)).Single(p => p[0] == name)[1];

    private static string Without(string query, string name) => string.Join('&', query.Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal)));

    private static string ChangeFirstArgument(string query)
    {
        var parts = query.Split('&');
        var (name, value) = (parts[0].Split('=')[0], parts[0].Split('=')[1]);
        parts[0] = name + "=" + (value == "stakeholders" ? "managers" : value == "managers" ? "stakeholders" : value + "x");
        return string.Join('&', parts);
    }

    // The same query on another document, or another export.
    private static string Retarget(string path, string kind) => kind switch
    {
        "corpus document" => "/documents/upgradesme-project.md",
        "meeting record" => path + "/shared",
        "meetings CSV" => "/exports/survey-results",
        "survey results CSV" => "/exports/survey-contacts",
        _ => "/exports/meetings",
    };

    // The same arguments signed by another deployment's key, with this link's expiry.
    private static string Resigned(string query, SignedLinks other, string kind, string path)
    {
        var made = kind.EndsWith("document") || kind == "meeting record"
            ? other.Document(Uri.UnescapeDataString(path["/documents/".Length..]), Argument(query, "for") == "managers" ? Audience.ProjectManagers : Audience.Stakeholders)
            : other.Export(path["/exports/".Length..], query.Split('&').Select(p => p.Split('=', 2))
                .Where(p => p[0] is not ("exp" or "sig")).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1])));
        return made.Query.TrimStart('?');
    }
}
