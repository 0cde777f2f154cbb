using StakeholderBot.Knowledge;
using Xunit;

namespace StakeholderBot.Knowledge.Tests;

public sealed class GenerationalCacheTests
{
    [Fact]
    public void Cache_HoldsAtMostTwoGenerations()
    {
        var cache = new GenerationalCache<int, string>(generationSize: 10);
        for (var i = 0; i < 1_000; i++) cache.Add(i, i.ToString());

        var held = Enumerable.Range(0, 1_000).Count(i => cache.TryGet(i, out _));
        Assert.InRange(held, 10, 20);
        Assert.True(cache.TryGet(999, out var latest));
        Assert.Equal("999", latest);
        Assert.False(cache.TryGet(0, out _));
    }

    [Fact]
    public void Cache_KeepsWhatIsUsedWhileNewEntriesArrive()
    {
        var cache = new GenerationalCache<string, int>(generationSize: 5);
        cache.Add("asked every time", 1);
        for (var i = 0; i < 100; i++)
        {
            cache.Add($"asked once {i}", i);
            Assert.True(cache.TryGet("asked every time", out var value));
            Assert.Equal(1, value);
        }
    }

    [Fact]
    public void Cache_GetOrAddCreatesOnceAndClearForgets()
    {
        var cache = new GenerationalCache<int, int>(generationSize: 100);
        var created = 0;
        for (var round = 0; round < 3; round++) cache.GetOrAdd(7, k => { created++; return k * 2; });
        Assert.Equal(1, created);

        cache.Clear();
        Assert.False(cache.TryGet(7, out _));
    }

    [Fact]
    public async Task Cache_StaysBoundedUnderParallelWriters()
    {
        var cache = new GenerationalCache<int, int>(generationSize: 50);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 5_000; i++) cache.GetOrAdd(w * 10_000 + i, k => k);
        })));

        var held = Enumerable.Range(0, 4).Sum(w => Enumerable.Range(0, 5_000).Count(i => cache.TryGet(w * 10_000 + i, out _)));
        // Lookups of old entries move them to the young generation, so counting may rotate too: bounded either way.
        Assert.InRange(held, 1, 2 * 50 + 8);
    }
}
