using Xunit;
using StakeholderBot.Dialogs.Meetings;

namespace StakeholderBot.Bot.Tests;

public class MeetingPeriodTests
{
    // A Wednesday in the second quarter.
    private static readonly DateOnly Today = new(2022, 5, 18);

    [Theory]
    [InlineData("meetings Lombardy 2021", "lombardy", "2021-01-01", "2021-12-31")]
    [InlineData("meetings INTRA last quarter", "", "2022-01-01", "2022-03-31")]
    [InlineData("meetings since March", "", "2022-03-01", "2022-05-18")]
    [InlineData("meetings since September", "", "2021-09-01", "2022-05-18")]
    [InlineData("meetings last month", "", "2022-04-01", "2022-04-30")]
    [InlineData("meetings this year", "", "2022-01-01", "2022-12-31")]
    [InlineData("meetings March 2021", "", "2021-03-01", "2021-03-31")]
    [InlineData("meetings march", "", "2022-03-01", "2022-03-31")]
    [InlineData("meetings november", "", "2021-11-01", "2021-11-30")]
    [InlineData("meetings Q3 2021", "", "2021-07-01", "2021-09-30")]
    [InlineData("meetings 2021-03", "", "2021-03-01", "2021-03-31")]
    [InlineData("meetings from Jan to Mar 2021", "", "2021-01-01", "2021-03-31")]
    [InlineData("meetings Jan-Mar 2021", "", "2021-01-01", "2021-03-31")]
    [InlineData("meetings Nov to Feb 2022", "", "2021-11-01", "2022-02-28")]
    [InlineData("meetings between 2020 and 2021", "", "2020-01-01", "2021-12-31")]
    [InlineData("meetings 2020-2021 Emilia-Romagna", "emilia-romagna", "2020-01-01", "2021-12-31")]
    [InlineData("meetings March 2021 to May", "", "2021-03-01", "2021-05-31")]
    [InlineData("meetings from 2021-02-01 to 2021-02-15", "", "2021-02-01", "2021-02-15")]
    [InlineData("meetings last 6 months", "", "2021-11-19", "2022-05-18")]
    [InlineData("meetings in Lombardy for 15 March 2021", "lombardy", "2021-03-15", "2021-03-15")]
    [InlineData("meetings Regione Lombardia since 2021", "regione lombardia", "2021-01-01", "2022-05-18")]
    public void Meetings_PeriodPhrasesResolveAgainstToday(string text, string place, string from, string to)
    {
        var request = SummaryRequest.Parse(text, Today);

        Assert.True(request.PeriodGiven);
        Assert.Equal(DateOnly.Parse(from), request.Period.From);
        Assert.Equal(DateOnly.Parse(to), request.Period.To);
        Assert.Equal(place, request.Place);
    }

    [Theory]
    [InlineData("meetings INTRA last quarter", "intra")]
    [InlineData("meetings inter ventures 2021", "interventures")]
    [InlineData("meetings INTER-VENTURES", "interventures")]
    [InlineData("meetings UpGradeSME Lombardy", "upgradesme")]
    [InlineData("meetings Lombardy", null)]
    public void Meetings_ProjectNamesAreRecognisedHoweverTyped(string text, string? project)
    {
        Assert.Equal(project, SummaryRequest.Parse(text, Today).Project);
    }

    [Fact]
    public void Meetings_WithoutAPeriodCoverEverythingSoFar_LikeSurveyResults()
    {
        var request = SummaryRequest.Parse("meetings", Today);

        Assert.False(request.PeriodGiven);
        Assert.Equal(Period.Earliest, request.Period.From);
        Assert.Equal("up to 18 May 2022", request.Period.Label);
        Assert.Equal(Today, request.Period.To);
        Assert.Equal("", request.Place);
    }

    [Theory]
    [InlineData("2021-01-01", "2021-12-31", "2021")]
    [InlineData("2021-03-01", "2021-03-31", "March 2021")]
    [InlineData("2021-03-15", "2021-03-15", "15 March 2021")]
    [InlineData("2021-01-01", "2021-03-31", "1 Jan 2021 – 31 Mar 2021")]
    public void Period_LabelReadsNaturally(string from, string to, string label)
    {
        Assert.Equal(label, new Period(DateOnly.Parse(from), DateOnly.Parse(to)).Label);
    }
}
