using StakeholderBot.Storage.Tables;
using Xunit;

namespace StakeholderBot.Storage.Tests;

public sealed class QueryFilterTests
{
    [Fact]
    public void CreateQueryFilter_WritesEachValueAsATypedEscapedLiteral()
    {
        var when = new DateTimeOffset(2026, 5, 6, 9, 8, 7, TimeSpan.FromHours(2));
        var id = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        var filter = TableClient.CreateQueryFilter(
            $"S eq {"O'Brien"} and L eq {123L} and I eq {7} and D eq {2.0} and E eq {1.5} and B eq {true} and T ge {when} and G eq {id} and X eq {new byte[] { 0x0A, 0xFF }} and N eq {(string?)null}");

        Assert.Equal(
            "S eq 'O''Brien' and L eq 123L and I eq 7 and D eq 2.0 and E eq 1.5 and B eq true and T ge datetime'2026-05-06T07:08:07.0000000Z' " +
            "and G eq guid'3f2504e0-4f89-11d3-9a0c-0305e82c3301' and X eq X'0AFF' and N eq null",
            filter);
    }

    [Fact]
    public void CreateQueryFilter_InjectionAttempt_StaysInsideOneStringLiteral()
    {
        var filter = TableClient.CreateQueryFilter($"Name eq {"' or 1 eq 1 or Name eq '"}");
        Assert.Equal("Name eq ''' or 1 eq 1 or Name eq '''", filter);
    }

    [Fact]
    public void CreateQueryFilter_UnsupportedType_ThrowsNamingTheType()
    {
        var error = Assert.Throws<ArgumentException>(() => TableClient.CreateQueryFilter($"X eq {new Uri("http://x")}"));
        Assert.Contains("Uri", error.Message);
    }

    [Fact]
    public void CreateQueryFilter_IgnoresCurrentCulture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("D eq 1.25 and L eq -5L", TableClient.CreateQueryFilter($"D eq {1.25} and L eq {-5L}"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
