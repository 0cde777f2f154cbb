using System.Collections.Concurrent;

namespace StakeholderBot.Knowledge;

// A bounded cache that forgets the least recently used half at a time: entries go into the young generation;
// when it is full, it becomes the old one and the previous old one is dropped. A hit in the old generation
// moves the entry back to the young one. At most 2 x generationSize entries are held, without a lock or an
// LRU list on the read path, and without the cliff of emptying everything at once.
public sealed class GenerationalCache<TKey, TValue>(int generationSize, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock rotation = new();
    private ConcurrentDictionary<TKey, TValue> young = new(comparer);
    private ConcurrentDictionary<TKey, TValue> old = new(comparer);
    // Counted here: ConcurrentDictionary.Count takes every lock of the dictionary, which stalls parallel readers.
    private int youngCount;

    public bool TryGet(TKey key, out TValue value)
    {
        if (Volatile.Read(ref young).TryGetValue(key, out value!)) return true;
        if (!Volatile.Read(ref old).TryGetValue(key, out value!)) return false;
        Add(key, value);
        return true;
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        if (TryGet(key, out var known)) return known;
        var value = create(key);
        Add(key, value);
        return value;
    }

    public void Add(TKey key, TValue value)
    {
        if (Volatile.Read(ref young).TryAdd(key, value) && Interlocked.Increment(ref youngCount) >= generationSize) Rotate();
    }

    public void Clear()
    {
        lock (rotation)
        {
            Volatile.Write(ref old, new ConcurrentDictionary<TKey, TValue>(comparer));
            Volatile.Write(ref young, new ConcurrentDictionary<TKey, TValue>(comparer));
            Interlocked.Exchange(ref youngCount, 0);
        }
    }

    private void Rotate()
    {
        lock (rotation)
        {
            if (Volatile.Read(ref youngCount) < generationSize) return;
            Volatile.Write(ref old, young);
            Volatile.Write(ref young, new ConcurrentDictionary<TKey, TValue>(comparer));
            Interlocked.Exchange(ref youngCount, 0);
        }
    }
}
