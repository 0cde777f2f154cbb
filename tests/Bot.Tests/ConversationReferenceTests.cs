using Azure.Data.Tables;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Conversations;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

public sealed class ConversationReferenceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ServiceUrl_IsStoredPerConversation()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..8];
        await using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
        });
        var message = Fixtures.Message("help", conversationId: "19:ref-test@thread.v2");

        await bot.AskAsync(message);

        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + "Conversations");
        ConversationReferenceEntity? stored = null;
        for (var attempt = 0; attempt < 50 && stored is null; attempt++)
        {
            // The reference is written off the turn's path; poll until it lands (not a timing assertion).
            try
            {
                var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode("19:ref-test@thread.v2"), "reference");
                stored = found.HasValue ? found.Value : null;
            }
            catch (Azure.RequestFailedException) { }
            if (stored is null) await Task.Delay(100);
        }
        Assert.NotNull(stored);
        Assert.Equal((string?)message["serviceUrl"], stored!.ServiceUrl);
        Assert.Equal((string?)message["conversation"]!["tenantId"], stored.TenantId);
    }
}
