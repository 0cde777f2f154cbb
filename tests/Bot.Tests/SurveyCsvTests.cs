using StakeholderBot.Dialogs.Survey.Reports;
using Xunit;

namespace StakeholderBot.Bot.Tests;

public sealed class SurveyCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+31 20 123", "'+31 20 123")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("-5", "-5")]
    [InlineData("+12.5", "+12.5")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    [InlineData("", "")]
    public void Cell_IsQuotedAndNeutralisedForExcel(string value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public void Write_UsesCrlfRows_WithTheHeaderFirst()
    {
        var csv = Csv.Write(["a", "b"], [["1", "x,y"], ["2", ""]]);

        Assert.Equal("a,b\r\n1,\"x,y\"\r\n2,\r\n", csv);
    }
}
