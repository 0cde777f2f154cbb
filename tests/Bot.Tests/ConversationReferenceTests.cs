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
        var (bot, table) = Bot();
        await using var _ = bot;
        var message = Fixtures.Message("help", conversationId: "19:ref-test@thread.v2");

        await bot.AskAsync(message);

        var stored = await WaitForAsync(table, "19:ref-test@thread.v2", (string)message["serviceUrl"]!);
        Assert.Equal((string?)message["serviceUrl"], stored.ServiceUrl);
        Assert.Equal((string?)message["conversation"]!["tenantId"], stored.TenantId);
    }

    [Fact]
    public async Task AnotherServiceUrlForTheSameConversation_AddsARow_AndNeverRedirectsTheFirst()
    {
        var (bot, table) = Bot();
        await using var _ = bot;
        const string conversation = "19:two-urls@thread.v2";
        var first = Fixtures.Message("help", conversationId: conversation);
        var second = Fixtures.Message("help", conversationId: conversation);
        // Both trusted (loopback in Development), so both are remembered; only their keys keep them apart.
        first["serviceUrl"] = "http://127.0.0.1:9/emea/";
        second["serviceUrl"] = "http://127.0.0.1:9/elsewhere/";

        await bot.AskAsync(first);
        await WaitForAsync(table, conversation, "http://127.0.0.1:9/emea/");
        await bot.AskAsync(second);
        await WaitForAsync(table, conversation, "http://127.0.0.1:9/elsewhere/");

        var stored = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(conversation),
            ConversationReferenceStore.RowKeyOf("http://127.0.0.1:9/emea/"));
        Assert.Equal("http://127.0.0.1:9/emea/", stored.Value!.ServiceUrl);
    }

    private (BotApp Bot, TableClient Table) Bot()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..8];
        var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
        });
        return (bot, new TableServiceClient(azurite.ConnectionString).GetTableClient(prefix + ConversationReferenceStore.TableName));
    }

    // The reference is written off the turn's path; poll until it lands (not a timing assertion).
    private static async Task<ConversationReferenceEntity> WaitForAsync(TableClient table, string conversationId, string serviceUrl)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                var found = await table.GetEntityIfExistsAsync<ConversationReferenceEntity>(TableKey.Encode(conversationId),
                    ConversationReferenceStore.RowKeyOf(serviceUrl));
                if (found.HasValue && found.Value is { } entity) return entity;
            }
            catch (Azure.RequestFailedException) { }
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"No reference for {conversationId} at {serviceUrl} was stored");
    }
}
