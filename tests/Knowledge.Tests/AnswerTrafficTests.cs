using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Background work (embedding passages) waits while questions are answered and just after, and still moves on under
// steady traffic. The clock is a fake one, moved by hand.
public sealed class AnswerTrafficTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void BeforeAnyQuestion_ItIsQuiet()
    {
        Assert.Equal(TimeSpan.Zero, new AnswerTraffic(clock).UntilQuiet());
    }

    [Fact]
    public void WhileAQuestionIsAnswered_BackgroundWorkWaits_UntilTheQuietTimeAfterItEnded()
    {
        var traffic = new AnswerTraffic(clock);
        var question = traffic.Begin();
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(AnswerTraffic.Quiet, traffic.UntilQuiet());

        question.Dispose();
        question.Dispose();
        clock.Advance(AnswerTraffic.Quiet / 2);
        Assert.Equal(AnswerTraffic.Quiet - AnswerTraffic.Quiet / 2, traffic.UntilQuiet());
        clock.Advance(AnswerTraffic.Quiet);
        Assert.Equal(TimeSpan.Zero, traffic.UntilQuiet());
    }

    [Fact]
    public void OneOfTwoQuestionsEnding_IsNotQuiet()
    {
        var traffic = new AnswerTraffic(clock);
        using var first = traffic.Begin();
        traffic.Begin().Dispose();
        clock.Advance(AnswerTraffic.Quiet * 4);
        Assert.Equal(AnswerTraffic.Quiet, traffic.UntilQuiet());
    }

    [Fact]
    public async Task WaitingForQuiet_EndsWhenTheQuestionsHaveEnded()
    {
        var traffic = new AnswerTraffic(clock);
        var question = traffic.Begin();
        var waiting = traffic.WaitForQuietAsync(CancellationToken.None);
        clock.Advance(AnswerTraffic.Quiet);
        Assert.False(waiting.IsCompleted);

        question.Dispose();
        await AdvanceUntilDone(waiting);
    }

    [Fact]
    public async Task UnderSteadyTraffic_WaitingEndsAfterTheLongestWait()
    {
        var traffic = new AnswerTraffic(clock);
        using var question = traffic.Begin();
        var waiting = traffic.WaitForQuietAsync(CancellationToken.None);
        clock.Advance(AnswerTraffic.LongestWait - AnswerTraffic.Quiet);
        Assert.False(waiting.IsCompleted);

        await AdvanceUntilDone(waiting);
    }

    // The wait's timer continuations may run on another thread: the clock moves on until they have seen it move.
    private async Task AdvanceUntilDone(Task waiting)
    {
        for (var step = 0; step < 10_000 && !waiting.IsCompleted; step++)
        {
            clock.Advance(AnswerTraffic.Quiet);
            await Task.Delay(1);
        }
        Assert.True(waiting.IsCompleted);
        await waiting;
    }
}
