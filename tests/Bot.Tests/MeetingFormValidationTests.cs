using Xunit;
using StakeholderBot.Dialogs.Meetings;
using static StakeholderBot.Cards.Meetings.MeetingFields;

namespace StakeholderBot.Bot.Tests;

public class MeetingFormValidationTests
{
    private static readonly DateOnly Today = new(2022, 5, 18);
    private const string Id = "0123456789abcdef01234567";
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    public static Dictionary<string, string> ValidForm() => new()
    {
        [Project] = "intra", [Partner] = "Regione Lombardia", [Region] = "Lombardy", [PolicyInstrument] = "ROP ERDF Lombardy 2014-2020",
        [MeetingType] = "rsg", [Date] = "2022-03-10", [Format] = "hybrid", [Language] = "it",
        [ParticipantsTotal] = "18", [PublicAuthority] = "5", [BusinessSupport] = "4", [Sme] = "6", [Research] = "2", [OtherStakeholder] = "",
        [Organisations] = "Regione Lombardia\nUnioncamere Lombardia\n- Politecnico di Milano\nunioncamere lombardia",
        [Topics] = "Export vouchers", [Decisions] = "Open a voucher call in June.",
        [Rows] = "4", [ActionWhat(1)] = "Draft the voucher call", [ActionOwner(1)] = "Regione Lombardia", [ActionDue(1)] = "2022-06-01",
        [GoodPractices] = "Export vouchers (Catalonia)", [ActionPlanStage] = "implementation",
        [PolicyChangeObserved] = "true", [PolicyChange] = "Voucher line added to the ROP.",
        [MinutesUrl] = "https://example.org/minutes.pdf", [AttendanceUrl] = "", [Notes] = "",
    };

    // The date picker shows dates the user's way; the message beside it does too, never as yyyy-MM-dd.
    [Theory]
    [InlineData("en-US", "The meeting date cannot be after May 19, 2022.")]
    [InlineData("en-GB", "The meeting date cannot be after 19 May 2022.")]
    public void DateError_IsWrittenInTheUsersLocale(string locale, string expected)
    {
        var form = ValidForm();
        form[Date] = "2030-01-01";

        var reading = MeetingFormReader.Read(form, Id, Today, System.Globalization.CultureInfo.GetCultureInfo(locale));

        Assert.Equal(expected, reading.Errors[Date]);
    }

    [Fact]
    public void ValidForm_BecomesAMeeting()
    {
        var reading = MeetingFormReader.Read(ValidForm(), Id, Today, English);

        Assert.Empty(reading.Errors);
        var meeting = Assert.IsType<StakeholderBot.Storage.Meetings.Meeting>(reading.Meeting);
        Assert.Equal("intra|regione-lombardia", meeting.PartitionKey);
        Assert.Equal(18, meeting.ParticipantsTotal);
        Assert.Equal(17, meeting.ParticipantsByType.Sum);
        Assert.Equal(["Regione Lombardia", "Unioncamere Lombardia", "Politecnico di Milano"], meeting.Organisations);
        var item = Assert.Single(meeting.ActionItems);
        Assert.Equal(("a01", "Draft the voucher call", new DateOnly(2022, 6, 1)), (item.Id, item.What, item.Due));
    }

    [Theory]
    [InlineData(ParticipantsTotal, "10", ParticipantsTotal)] // by type (17) exceeds the total
    [InlineData(ParticipantsTotal, "12.5", ParticipantsTotal)]
    [InlineData(Sme, "-3", Sme)]
    [InlineData(Date, "2022-02-30", Date)]
    [InlineData(Date, "2030-01-01", Date)]
    [InlineData(Date, "2010-01-01", Date)]
    [InlineData(MinutesUrl, "javascript:alert(1)", MinutesUrl)]
    [InlineData(MinutesUrl, "ftp://example.org/x", MinutesUrl)]
    [InlineData(AttendanceUrl, "example.org/list", AttendanceUrl)]
    [InlineData(Project, "horizon", Project)]
    [InlineData(MeetingType, "party", MeetingType)]
    [InlineData(Partner, "   ", Partner)]
    [InlineData(PolicyChange, "", PolicyChange)] // toggle on, nothing described
    [InlineData(Organisations, "Regione Lombardia\nmario.rossi@example.org", Organisations)]
    [InlineData("actionDue1", "2022-01-01", "actionDue1")] // due before the meeting
    [InlineData("actionOwner1", "", "actionOwner1")]
    public void InvalidField_IsReportedAgainstThatFieldAndNothingIsBuilt(string field, string value, string errorField)
    {
        var form = ValidForm();
        form[field] = value;

        var reading = MeetingFormReader.Read(form, Id, Today, English);

        Assert.Null(reading.Meeting);
        Assert.Equal([errorField], reading.Errors.Keys);
    }

    [Fact]
    public void ActionRows_KeepTheirStoredIdsAndNewRowsGetFreeOnes()
    {
        var form = ValidForm();
        form["actionId1"] = "a02";
        form[ActionWhat(2)] = "Share the call with BSOs";
        form[ActionOwner(2)] = "Unioncamere";
        form[ActionDue(2)] = "2022-07-01";
        form["actionId3"] = "../../x";
        form[ActionWhat(3)] = "Report to the JS";
        form[ActionOwner(3)] = "Lead partner";
        form[ActionDue(3)] = "2022-09-30";

        var items = MeetingFormReader.Read(form, Id, Today, English).Meeting!.ActionItems;

        Assert.Equal(["a02", "a01", "a03"], items.Select(i => i.Id));
    }

    [Fact]
    public void ControlCharacters_AreRemovedFromText()
    {
        var form = ValidForm();
        form[Topics] = "Export\u0000 vouchers\u001b[31m";

        Assert.Equal("Export vouchers[31m", MeetingFormReader.Read(form, Id, Today, English).Meeting!.Topics);
    }
}
