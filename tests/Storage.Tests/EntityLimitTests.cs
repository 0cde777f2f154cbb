using Azure.Data.Tables;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.Storage.Surveys;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Storage.Tests;

// The service's limits are checked before anything is sent: what fits is stored whole, what does not fails with
// ArgumentException naming the problem and writes nothing. Survey responses carry one property per question, so
// they can meet every limit.
[Collection(AzuriteCollection.Name)]
public sealed class EntityLimitTests(AzuriteFixture azurite) : IDisposable
{
    private readonly StoreHost _host = new(azurite.ConnectionString, StoreHost.NewPrefix());

    public void Dispose() => _host.Dispose();

    private SurveyResponseStore Responses => new(_host.Tables);

    private static SurveyResponse Response(string id, Dictionary<string, object> answers) =>
        new("export-readiness", "Lombardy", id, 1, "user-1", "en", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), null, null, answers);

    private static Dictionary<string, object> Strings(int count, int length) =>
        Enumerable.Range(0, count).ToDictionary(i => "S" + i, i => (object)new string((char)('a' + i % 26), length));

    [Fact]
    public async Task LargestAllowedValues_AreStoredWhole()
    {
        var longest = Strings(1, EntityRules.MaxStringChars);
        // The response's own properties take 6 of the 252.
        var most = Enumerable.Range(0, EntityRules.MaxCustomProperties - 6).ToDictionary(i => "P" + i, i => (object)i);
        var nearlyOneMiB = Strings(15, EntityRules.MaxStringChars);

        Assert.True(await Responses.AddAsync(Response("longest", longest)));
        Assert.True(await Responses.AddAsync(Response("most", most)));
        Assert.True(await Responses.AddAsync(Response("big", nearlyOneMiB)));

        var stored = (await Responses.ListAsync("export-readiness")).ToDictionary(r => r.ResponseId);
        Assert.Equal(longest, stored["longest"].Answers);
        Assert.Equal(most, stored["most"].Answers);
        Assert.Equal(nearlyOneMiB, stored["big"].Answers);
    }

    [Fact]
    public async Task StringOver64KiB_IsRejectedNamingTheProperty()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Responses.AddAsync(Response("r", Strings(1, EntityRules.MaxStringChars + 1))));

        Assert.Contains("'S0'", error.Message);
        Assert.Empty(await Responses.ListAsync("export-readiness"));
    }

    [Fact]
    public async Task EntityOver1MiB_IsRejected()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Responses.AddAsync(Response("r", Strings(16, EntityRules.MaxStringChars))));

        Assert.Contains("1 MiB", error.Message);
        Assert.Empty(await Responses.ListAsync("export-readiness"));
    }

    [Fact]
    public async Task MoreThan252Properties_AreRejected()
    {
        var answers = Enumerable.Range(0, EntityRules.MaxCustomProperties).ToDictionary(i => "P" + i, i => (object)i);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Responses.AddAsync(Response("r", answers)));

        Assert.Contains($"{EntityRules.MaxCustomProperties + 6} properties", error.Message);
    }

    [Theory]
    [InlineData("has-dash")]
    [InlineData("1st")]
    [InlineData("has space")]
    public async Task BadPropertyName_IsRejected(string question)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Responses.AddAsync(Response("r", new() { [question] = "yes" })));

        Assert.Contains("not a valid property name", error.Message);
    }

    [Fact]
    public async Task UnsupportedValueType_AndBinaryOver64KiB_AreRejected()
    {
        var uri = await Assert.ThrowsAsync<ArgumentException>(() => Responses.AddAsync(Response("r", new() { ["Url"] = new Uri("http://x") })));
        await Assert.ThrowsAsync<ArgumentException>(() => Responses.AddAsync(Response("r", new() { ["B"] = new byte[EntityRules.MaxBinaryBytes + 1] })));

        Assert.Contains("'Url'", uri.Message);
        Assert.Empty(await Responses.ListAsync("export-readiness"));
    }

    [Fact]
    public async Task TypedEntity_IsCheckedByItsProperties()
    {
        var reference = new ConversationReference("19:conv", "https://smba.example/" + new string('x', EntityRules.MaxStringChars), null, null, null);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new ConversationReferenceStore(_host.Tables).SaveAsync(reference));

        Assert.Contains("'ServiceUrl'", error.Message);
        Assert.Null(await new ConversationReferenceStore(_host.Tables).GetAsync("19:conv", reference.ServiceUrl));
    }

    [Fact]
    public void Transaction_OfMoreThan100Actions_OrOverTwoPartitions_OrTouchingAnEntityTwice_IsRejected()
    {
        TableTransactionAction Add(string partition, string row) => new(TableTransactionActionType.Add, new TableEntity(partition, row));

        Assert.Throws<ArgumentException>(() => EntityRules.CheckedTransaction(Enumerable.Range(0, 101).Select(i => Add("p", "r" + i)).ToList()));
        Assert.Throws<ArgumentException>(() => EntityRules.CheckedTransaction([]));
        Assert.Throws<ArgumentException>(() => EntityRules.CheckedTransaction([Add("p", "1"), Add("q", "2")]));
        Assert.Throws<ArgumentException>(() => EntityRules.CheckedTransaction([Add("p", "1"), Add("p", "1")]));
        Assert.Equal(100, EntityRules.CheckedTransaction(Enumerable.Range(0, 100).Select(i => Add("p", "r" + i)).ToList()).Count);
    }
}
