using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingSummaryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private MeetingHost host = null!;

    public async Task InitializeAsync()
    {
        host = new MeetingHost(azurite.ConnectionString, Now);
        await MeetingSeed.AddAllAsync(host.Store);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    // query, events, participants, organisations, good practices, policy instruments changed
    [InlineData("meetings Lombardy 2021", 2, 55, 3, 2, 1)]
    [InlineData("meetings INTRA last quarter", 2, 23, 3, 0, 1)]
    [InlineData("meetings since March", 2, 35, 3, 2, 1)]
    [InlineData("meetings last month", 1, 10, 1, 1, 1)]
    [InlineData("meetings Pomurje 2021", 1, 12, 2, 1, 0)]
    // A country, in any partner language, finds the partners logged in its partner regions.
    [InlineData("meetings Italy 2021", 2, 55, 3, 2, 1)]
    [InlineData("meetings Italia 2021", 2, 55, 3, 2, 1)]
    [InlineData("meetings", 6, 105, 8, 5, 3)]
    public async Task Summary_CountsWhatAPartnerReportsToInterreg(string query, int events, int participants, int organisations,
        int goodPractices, int instrumentsChanged)
    {
        var card = await host.CardAsync(query);

        var facts = MeetingCards.Facts(card);
        Assert.Equal(events.ToString(), facts["Events held"]);
        Assert.Equal(participants.ToString(), facts["Participants"]);
        Assert.Equal(organisations.ToString(), facts["Organisations engaged"]);
        Assert.Equal(goodPractices.ToString(), facts["Good practices discussed"]);
        Assert.Equal(instrumentsChanged.ToString(), facts["Policy instruments with an observed change"]);
        CardValidator.AssertValid(query, card);
    }

    // An empty selection is one line, not a card of zeros with a CSV link.
    [Fact]
    public async Task Summary_OfAnEmptySelection_SaysSoInOneLine()
    {
        var reply = Assert.Single(await host.SayAsync("meetings UpGradeSME 2021"));

        Assert.Equal("No meetings logged for UpGradeSME · all partners in 2021. Type **log meeting** to log one.", (string?)reply!["text"]);
        Assert.Null(reply["attachments"]);
    }

    // Meetings and participants per quarter as Teams charts, every quarter of the period present, with text bars as fallback.
    [Fact]
    public async Task Summary_ChartsMeetingsAndParticipantsPerQuarter()
    {
        var card = await host.CardAsync("meetings Lombardy 2021");

        var charts = MeetingCards.Nodes(card["body"]).Where(n => ((string?)n["type"])?.StartsWith("Chart.") == true).ToList();
        Assert.Equal(2, charts.Count);
        var meetings = charts[0]["data"]!.AsArray().Select(d => ((string)d!["x"]!, (int)d["y"]!)).ToList();
        Assert.Equal([("Q1 2021", 1), ("Q2 2021", 0), ("Q3 2021", 0), ("Q4 2021", 1)], meetings);
        var participants = charts[1]["data"]!.AsArray().Select(d => (int)d!["y"]!).ToList();
        Assert.Equal(55, participants.Sum());
        Assert.All(charts, chart => Assert.Equal("Container", (string?)chart["fallback"]!["type"]));
        Assert.Contains("Q4 2021", MeetingCards.Text(charts[0]["fallback"]!.AsObject()));
        CardValidator.AssertValid("summary with charts", card);
    }

    [Fact]
    public async Task Summary_ListsMeetingsParticipantsByTypeAndOpenActions()
    {
        var card = await host.CardAsync("meetings Lombardy 2021");

        var facts = MeetingCards.Facts(card);
        Assert.Equal("15", facts["Public / managing authority"]);
        Assert.Equal("28", facts["SME"]);
        var text = MeetingCards.Text(card);
        Assert.Contains("5 Nov 2021 · Webinar · INTRA · Regione Lombardia (Lombardy)", text);
        Assert.Contains("10 Mar 2021 · RSG meeting", text);
        Assert.Contains("Extend the vouchers to services.", text);
        Assert.Contains("Regione Lombardia · OVERDUE since 1 Jun 2021", text);
        Assert.Contains("Politecnico di Milano · due 1 Dec 2022", text);
        Assert.Equal(2, MeetingCards.Actions(card).Count(a => (string?)a["verb"] == "meeting.done"));
        Assert.DoesNotContain("Send the visit report", text);
    }

    [Fact]
    public async Task Summary_ForAnUnknownPlace_SaysWhichPartnersExist()
    {
        var reply = Assert.Single(await host.SayAsync("meetings Atlantis 2021"));

        Assert.Contains("no partner or region matching \"atlantis\"", (string?)reply!["text"]);
        Assert.Contains("Pomurje Technology Park (Pomurje)", (string?)reply["text"]);
    }

    [Fact]
    public async Task Summary_ForAStakeholder_IsRefused()
    {
        var reply = Assert.Single(await host.SayAsync("meetings 2021", MeetingHost.Stakeholder));

        Assert.Contains("for project managers", (string?)reply!["text"]);
    }

    [Fact]
    public async Task Done_ClosesThatActionItemWithItsETagAndRefreshesTheSummary()
    {
        var card = await host.CardAsync("meetings Lombardy 2021");

        var refreshed = MeetingCards.InvokeCard(await host.PressAsync(card, "meeting.done"));

        Assert.Contains("Marked done: Draft the voucher call", MeetingCards.Text(refreshed));
        Assert.DoesNotContain("OVERDUE", MeetingCards.Text(refreshed));
        Assert.Single(MeetingCards.Actions(refreshed), a => (string?)a["verb"] == "meeting.done");
        var again = MeetingCards.InvokeCard(await host.PressAsync(card, "meeting.done"));
        Assert.Contains("Already marked done", MeetingCards.Text(again));
        CardValidator.AssertValid("refreshed summary", refreshed);
    }

    // The heading says what was asked for: a country or region by its name, a partner by its name.
    [Theory]
    [InlineData("meetings Lombardy 2021", "All projects · Lombardy · 2021")]
    [InlineData("meetings Italia 2021", "All projects · Italy · 2021")]
    [InlineData("meetings Regione Lombardia 2021", "All projects · Regione Lombardia · 2021")]
    [InlineData("meetings INTRA Pomurje 2021", "INTRA · Pomurje · 2021")]
    public async Task Summary_HeadingNamesThePlaceAskedFor(string query, string heading)
    {
        var card = await host.CardAsync(query);

        Assert.Contains(heading, MeetingCards.Text(card));
    }

    [Fact]
    public async Task Csv_HasOneRowPerMeetingAndNeutralisesFormulas()
    {
        var rows = await CsvAsync("meetings INTRA 2021");

        Assert.Equal(4, rows.Length);
        Assert.StartsWith("Date,Project,project,Partner,Region,Country,country,Meeting type,meetingType,Format,format,Language,language,", rows[0]);
        Assert.EndsWith(",Shared with stakeholders,shareable,Meeting id", rows[0]);
        Assert.StartsWith("2021-03-10,INTRA,intra,Regione Lombardia,Lombardy,Italy,it,RSG meeting,rsg,", rows[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", rows[2]);
        Assert.Contains(",20,5,5,8,2,0", rows[1]);
    }

    // The CSV is in the language of the manager who asked, like the survey results CSV: headers and chosen values in
    // words, each code in the column beside it, so filters and joins work whatever the language.
    [Fact]
    public async Task Csv_IsInTheManagersLanguage_WithTheCodesBeside()
    {
        var rows = await CsvAsync("meetings INTRA 2021", "hu-HU");

        Assert.Equal(4, rows.Length);
        Assert.StartsWith("Dátum,Projekt,project,Partner,Régió,Ország,country,Találkozó típusa,meetingType,Forma,format,Nyelv,language,", rows[0]);
        Assert.EndsWith(",Megosztva az érintettekkel,shareable,Találkozó azonosítója", rows[0]);
        Assert.StartsWith("2021-03-10,INTRA,intra,Regione Lombardia,Lombardy,Olaszország,it,RSG-ülés,rsg,", rows[1]);
        var records = SurveyRun.Records(string.Join("\r\n", rows) + "\r\n");
        var (header, first) = (records[0], records[1]);
        Assert.Equal("Igen", first[Array.IndexOf(header, "Szakpolitikai változás történt")]);
        Assert.Equal("yes", first[Array.IndexOf(header, "policyChangeObserved")]);
        Assert.Contains("határidő: 2021-06-01", rows[1]);
        Assert.All(records, record => Assert.Equal(header.Length, record.Length));
        Assert.Equal(header.Length, (await CsvAsync("meetings INTRA 2021")).First().Split(',').Length);
    }

    // The summary card's CSV link, fetched as a browser would: lines without the BOM.
    private async Task<string[]> CsvAsync(string query, string locale = "en-US")
    {
        var card = await host.CardAsync(query, locale: locale);
        var link = (string)MeetingCards.Actions(card).Single(a => (string?)a["type"] == "Action.OpenUrl")["url"]!;
        using var client = host.Client();
        using var response = await client.GetAsync(new Uri(link).PathAndQuery);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
