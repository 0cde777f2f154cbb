using StakeholderBot.E2E.Tests.Harness;
using Xunit;
using Xunit.Abstractions;

namespace StakeholderBot.E2E.Tests;

[Collection(E2ECollection.Name)]
public sealed class ChannelTests(LocalStack stack, ITestOutputHelper output)
{
    [Fact]
    public async Task ChannelPost_MentioningTheBot_GetsAnAnswerInItsThread()
    {
        await using var ui = await PlaygroundBrowser.OpenAsync(stack, output);

        await ui.StepAsync("channel answer", async () =>
        {
            await ui.OpenChatAsync("My Team - General");
            await ui.PostWithMentionAsync("Test Bot", "When did UpGradeSME end?");
            // The driver waits for the reply inside the thread of this very post.
            var thread = await ui.ReplyAsync("31 March 2021");
            Assert.Contains("When did UpGradeSME end?", thread);
        });

        await ui.StepAsync("channel citation", async () =>
        {
            var citation = await ui.CitationAsync(1);
            Assert.StartsWith(stack.BotBaseUrl + "/documents/", citation.Url);
        });
    }
}
