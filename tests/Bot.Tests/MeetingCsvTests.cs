using Xunit;
using StakeholderBot.Dialogs.Meetings;

namespace StakeholderBot.Bot.Tests;

public class MeetingCsvTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"yes\"", "\"say \"\"yes\"\"\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "\"'+1\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tx", "\"'\tx\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    public void CsvField_IsQuotedAndCannotRunAsAFormula(string value, string expected)
    {
        Assert.Equal(expected, Csv.Field(value));
    }

    [Fact]
    public void CsvRows_EndWithCrLf()
    {
        Assert.Equal("\"a\",\"b\"\r\n\"1\",\"2\"\r\n", new Csv().Row("a", "b").Row("1", "2").ToString());
    }
}
