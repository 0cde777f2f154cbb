using StakeholderBot.Knowledge.Embeddings;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

// Questions embedded at the same time share model runs; each caller still gets its own question's vector.
public sealed class QuestionBatcherTests
{
    [Fact]
    public async Task ParallelQuestions_EachGetTheirOwnVector_InBatchesNoLargerThanTheLimit()
    {
        var largest = 0;
        var batcher = new QuestionBatcher(texts =>
        {
            InterlockedMax(ref largest, texts.Length);
            Thread.Sleep(2);
            return texts.Select(t => new[] { (float)t.Length, t[0] }).ToArray();
        }, maxBatch: 4);
        var texts = Enumerable.Range(0, 200).Select(i => new string((char)('a' + i % 26), 1 + i)).ToList();

        var results = await Task.WhenAll(texts.Select(t => Task.Run(() => batcher.Embed(t))));

        for (var i = 0; i < texts.Count; i++) Assert.Equal([texts[i].Length, texts[i][0]], results[i]);
        Assert.InRange(largest, 1, 4);
    }

    [Fact]
    public async Task AFailingRun_FailsItsCallers_AndTheNextQuestionsStillRun()
    {
        var batcher = new QuestionBatcher(texts => texts.Contains("bad") ? throw new IOException("model") : texts.Select(_ => new[] { 1f }).ToArray());

        Assert.Throws<InvalidOperationException>(() => batcher.Embed("bad"));
        var after = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => batcher.Embed("good " + i))));
        Assert.All(after, v => Assert.Equal([1f], v));
    }

    [Fact]
    public async Task RealModel_ParallelQuestions_MatchTheirVectorsEmbeddedAlone()
    {
        var questions = Enumerable.Range(0, 12).Select(i => $"Which partner of project {i} leads the work on export vouchers?").ToList();
        var shared = new TextEmbedder();
        var together = await Task.WhenAll(questions.Select(q => Task.Run(() => shared.EmbedQuestion(q))));
        var single = new TextEmbedder();
        var alone = questions.Select(single.EmbedQuestion).ToList();

        for (var i = 0; i < questions.Count; i++)
            Assert.True(System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(together[i], alone[i]) > 0.999);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
