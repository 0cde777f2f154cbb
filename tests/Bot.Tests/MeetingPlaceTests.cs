using StakeholderBot.Cards;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.TestSupport;
using Xunit;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Bot.Tests;

// A meeting is found by the country it took place in, whatever its region is called: the form asks for the country
// when the region is not one of the projects' partner regions, and `meetings <country>` looks at each meeting's own.
[Collection(MeetingAzuriteCollection.Name)]
public sealed class MeetingPlaceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 5, 18, 9, 30, 0, TimeSpan.Zero);
    private MeetingHost host = null!;

    public Task InitializeAsync()
    {
        host = new MeetingHost(azurite.ConnectionString, Now);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Meeting_InARegionOutsideThePartnerRegions_IsAskedItsCountry_AndFoundByIt()
    {
        var typed = MeetingLogTests.Typed();
        typed[Partner] = "Pomurje Technology Park";
        typed[Region] = "Pomurje";
        var form = await host.CardAsync("log meeting");

        var refused = MeetingCards.InvokeCard(await host.PressAsync(form, CardVerbs.MeetingNext, typed));

        Assert.Equal(1, MeetingCards.StepOf(refused));
        Assert.Equal("Choose the country: \"Pomurje\" is not one of the projects' partner regions.", MeetingCards.ErrorFor(refused, Country));
        Assert.Contains("• Country: Choose the country", MeetingCards.Text(refused));
        CardValidator.AssertValid("step 1 asking for the country", refused);

        typed[Country] = "si";
        var saved = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(refused, typed));
        Assert.Equal("Pomurje, Slovenia", MeetingCards.Facts(saved)["Region"]);

        foreach (var query in new[] { "meetings Slovenia 2022", "meetings Slovenija 2022", "meetings si 2022" })
        {
            var summary = await host.CardAsync(query);
            Assert.Equal("1", MeetingCards.Facts(summary)["Events held"]);
            Assert.Contains("All projects · Slovenia · ", MeetingCards.Text(summary));
            Assert.DoesNotContain("Pomurje Technology Park ·", MeetingCards.Text(summary));
        }
    }

    [Fact]
    public async Task Meeting_InAPartnerRegion_GetsItsCountryWithoutBeingAsked()
    {
        var form = await host.CardAsync("log meeting");

        var saved = MeetingCards.InvokeCard(await host.SaveThroughStepsAsync(form, MeetingLogTests.Typed()));

        Assert.Equal("Lombardy, Italy", MeetingCards.Facts(saved)["Region"]);
        var edit = MeetingCards.Actions(saved).Single(a => (string?)a["verb"] == CardVerbs.MeetingEdit);
        var stored = await host.Store.GetAsync((string)edit["data"]![MeetingPartition]!, (string)edit["data"]![MeetingId]!, default);
        Assert.Equal("it", stored!.Country);
    }

    // A partner working on both sides of a border logs meetings in two countries; each is found by its own.
    [Fact]
    public async Task MeetingsByCountry_LookAtEachMeetingsCountry_AndTheHeadingNamesTheCountry()
    {
        await Add("Baranya", "", new(2022, 2, 1), 10);
        await Add("Osijek-Baranja County", "hr", new(2022, 3, 1), 7);

        var croatia = await host.CardAsync("meetings Croatia 2022");
        var hungary = await host.CardAsync("meetings Magyarország 2022");
        var partner = await host.CardAsync("meetings Pannon EGTC 2022");

        Assert.Equal(("1", "7"), (MeetingCards.Facts(croatia)["Events held"], MeetingCards.Facts(croatia)["Participants"]));
        Assert.Contains("All projects · Croatia · 2022", MeetingCards.Text(croatia));
        Assert.Equal(("1", "10"), (MeetingCards.Facts(hungary)["Events held"], MeetingCards.Facts(hungary)["Participants"]));
        Assert.Contains("All projects · Hungary · 2022", MeetingCards.Text(hungary));
        Assert.Equal("2", MeetingCards.Facts(partner)["Events held"]);
        Assert.Contains("All projects · Pannon EGTC · 2022", MeetingCards.Text(partner));
        var nothing = Assert.Single(await host.SayAsync("meetings Austria 2022"));
        Assert.Equal("No meetings logged for All projects · Austria in 2022. Type **log meeting** to log one.", (string?)nothing!["text"]);
    }

    private async Task Add(string region, string country, DateOnly date, int participants) =>
        await host.Store.AddAsync(new Meeting
        {
            Id = Guid.NewGuid().ToString("N")[..24], Project = "interventures", Partner = "Pannon EGTC", Region = region, Country = country,
            PolicyInstrument = "Interreg HU-HR", MeetingType = "rsg", Date = date, Format = "in-person", Language = "hu",
            ParticipantsTotal = participants,
        }, "seed", default);
}
