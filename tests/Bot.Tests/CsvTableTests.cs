using StakeholderBot.Dialogs.Exports;
using Xunit;

namespace StakeholderBot.Bot.Tests;

public sealed class CsvTableTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(" padded ", " padded ")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+31 20 123", "\"'+31 20 123\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("-cmd|' /C calc'!A0", "\"'-cmd|' /C calc'!A0\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("-5", "-5")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+5", "\"'+5\"")]
    [InlineData("007", "007")]
    public void Cell_IsQuotedWhenNeeded_AndCannotRunAsAFormula(string value, string expected)
    {
        using var csv = new CsvTable(["cell", "next"]).Row([value, "x"]);

        Assert.Equal("cell,next\r\n" + expected + ",x\r\n", csv.ToString());
    }

    [Fact]
    public void Rows_FollowTheHeader_WithCrLf()
    {
        using var csv = new CsvTable(["a", "b"]).Row(["1", "x,y"]).Row(["2", ""]);

        Assert.Equal("a,b\r\n1,\"x,y\"\r\n2,\r\n", csv.ToString());
    }

    [Fact]
    public void Row_WithAnotherNumberOfCells_IsRefused()
    {
        using var csv = new CsvTable(["a", "b"]);

        Assert.Throws<InvalidOperationException>(() => csv.Row(["only one"]));
    }
}
