using Azure.Data.Tables;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableKeyTests(AzuriteFixture azurite)
{
    private static readonly string[] UserTexts =
    [
        "plain", "with space", "a/b\\c#d?e", "100%", "tilde~~~0041", "line\nbreak\ttab\u0000nul\u007f\u0085",
        "O'Brien", "Zoë 日本 😀", "\uD800lone high", "lone low\uDC00", "", "~", "~0041",
    ];

    public static TheoryData<string> Texts => new(UserTexts);

    [Theory]
    [MemberData(nameof(Texts))]
    public void Encode_AnyText_GivesAValidKeyThatDecodesBack(string text)
    {
        var key = TableKey.Encode(text);
        TableKey.Validate(key, "RowKey");
        Assert.Equal(text, TableKey.Decode(key));
    }

    [Fact]
    public void Encode_OrdinaryText_IsUnchangedSoOrderIsKept()
    {
        string[] sorted = ["Alpha", "Beta", "alpha", "alphabet", "zeta 2", "Åland"];
        Assert.Equal(sorted, sorted.Select(TableKey.Encode));
        Assert.Equal(sorted.Order(StringComparer.Ordinal), sorted.Select(TableKey.Encode).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Encode_LongText_FitsAndStaysDistinct()
    {
        var prefix = new string('x', 600);
        var a = TableKey.Encode(prefix + "a");
        var b = TableKey.Encode(prefix + "b");
        var escaped = TableKey.Encode(new string('/', 300));

        Assert.InRange(a.Length, 1, TableKey.MaxLength);
        Assert.InRange(escaped.Length, 1, TableKey.MaxLength);
        Assert.NotEqual(a, b);
        TableKey.Validate(escaped, "RowKey");
        Assert.Equal("", TableKey.Encode(null));
    }

    [Fact]
    public void Join_KeepsPartsApart()
    {
        Assert.NotEqual(TableKey.Join("a~", "b"), TableKey.Join("a", "~b"));
        Assert.NotEqual(TableKey.Join("a", "b c"), TableKey.Join("a b", "c"));
        TableKey.Validate(TableKey.Join("conv/1", "user#2", "flow?"), "RowKey");
    }

    [Fact]
    public async Task EncodedKeys_RoundTripThroughTheService()
    {
        var table = await Tables.NewTableAsync(azurite);
        foreach (var text in UserTexts)
        {
            var key = TableKey.Encode(text);
            await table.AddEntityAsync(EntityRules.Checked(new TableEntity(key, key) { ["Text"] = "x" }));
            var stored = (await table.GetEntityAsync<TableEntity>(key, key)).Value;
            Assert.Equal(text, TableKey.Decode(stored.RowKey));
        }
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\nb")]
    [InlineData("a\u0000b")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0090b")]
    public void ForbiddenKeyCharacters_AreRejectedBeforeAnyCall(string key)
    {
        var asRowKey = Assert.Throws<ArgumentException>(() => EntityRules.Checked(new TableEntity("p", key)));
        Assert.Throws<ArgumentException>(() => EntityRules.Checked(new TableEntity(key, "r")));
        Assert.Throws<ArgumentException>(() => EntityRules.CheckedTransaction([new(TableTransactionActionType.Delete, new TableEntity("p", key))]));

        Assert.Contains("TableKey.Encode", asRowKey.Message);
    }

    [Fact]
    public async Task KeyLongerThanOneKiB_IsRejected_MaximumIsAccepted()
    {
        var table = await Tables.NewTableAsync(azurite);
        var longest = new string('k', TableKey.MaxLength);

        await table.AddEntityAsync(EntityRules.Checked(new TableEntity(longest, longest)));
        var error = Assert.Throws<ArgumentException>(() => EntityRules.Checked(new TableEntity("p", longest + "k")));

        Assert.Equal(longest, (await table.GetEntityAsync<TableEntity>(longest, longest)).Value.RowKey);
        Assert.Contains("1 KiB", error.Message);
    }

    [Fact]
    public void TableNames_FollowServiceRules()
    {
        Assert.False(StorageTables.IsValidName("ab"));
        Assert.False(StorageTables.IsValidName("1abc"));
        Assert.False(StorageTables.IsValidName("has-dash"));
        Assert.False(StorageTables.IsValidName("Tables"));
        Assert.False(StorageTables.IsValidName(new string('a', 64)));
        Assert.True(StorageTables.IsValidName("Surveys2026"));
    }
}
