using System.Collections.Immutable;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Embeddings;

// A window found by its vector: which passage, which units of it, and the cosine to the question.
public readonly record struct WindowMatch(long PassageId, int First, int Count, float Cosine);

// The passage windows' vectors in memory, searched by a full scan (about 400 bytes a window: 100,000 windows
// take 40 MB and a scan a few milliseconds). Vectors arrive in segments as the background embedding stores them;
// a reload after each pass compacts them and drops the windows of removed text. Readers see one immutable
// snapshot of segments, so searching needs no lock. Dimensions: the local model's, or an embedding deployment's for
// the search by its vectors.
public sealed class VectorIndex(int dimensions = TextEmbedder.Dimensions)
{
    private ImmutableArray<Segment> segments = [];
    private long generation;

    public int Count => segments.Sum(s => s.Count);

    public bool IsEmpty => segments.IsEmpty;

    public long Generation => Interlocked.Read(ref generation);

    public int Dimensions => dimensions;

    public void Append(IReadOnlyList<(long PassageId, int First, int Count, byte[] Vector)> windows)
    {
        if (windows.Count == 0) return;
        var segment = new Segment(windows.Count, dimensions);
        foreach (var (passageId, first, count, vector) in windows) segment.Add(passageId, first, count, vector);
        ImmutableInterlocked.Update(ref segments, s => s.Add(segment));
        Interlocked.Increment(ref generation);
    }

    // Everything stored, read again in one piece.
    public void Reload(IndexReader reader) => Reload(reader.ReadVectors);

    // read: streams every stored window (passage, first unit, unit count, stored vector) to the callback it is given.
    public void Reload(Action<Action<long, int, int, byte[]>> read)
    {
        var loaded = new List<Segment>();
        var current = new Segment(Segment.Capacity, dimensions);
        read((passageId, first, count, vector) =>
        {
            if (current.Count == Segment.Capacity) { loaded.Add(current); current = new Segment(Segment.Capacity, dimensions); }
            current.Add(passageId, first, count, vector);
        });
        if (current.Count > 0) loaded.Add(current.Trimmed());
        ImmutableInterlocked.InterlockedExchange(ref segments, [.. loaded]);
        Interlocked.Increment(ref generation);
    }

    // The closest windows, best first, leaving out those of hidden passages (documents the reader may not see).
    public List<WindowMatch> Search(ReadOnlySpan<float> question, int limit, IReadOnlySet<long>? hidden = null)
    {
        if (question.Length != dimensions) throw new ArgumentException($"The question has {question.Length} dimensions, the index {dimensions}.", nameof(question));
        Span<sbyte> quantized = dimensions <= 4096 ? stackalloc sbyte[dimensions] : new sbyte[dimensions];
        var queryScale = Int8Vector.Quantize(question, quantized);
        Span<short> query = dimensions <= 4096 ? stackalloc short[dimensions] : new short[dimensions];
        for (var i = 0; i < query.Length; i++) query[i] = quantized[i];
        var best = new PriorityQueue<WindowMatch, float>(limit + 1);
        foreach (var segment in segments)
        {
            for (var w = 0; w < segment.Count; w++)
            {
                var cosine = Int8Vector.Dot(query, segment.Values(w)) * queryScale * segment.Scales[w];
                if (best.Count == limit && cosine <= best.Peek().Cosine) continue;
                if (hidden is { Count: > 0 } && hidden.Contains(segment.PassageIds[w])) continue;
                best.Enqueue(new WindowMatch(segment.PassageIds[w], segment.Firsts[w], segment.Counts[w], cosine), cosine);
                if (best.Count > limit) best.Dequeue();
            }
        }
        var found = new List<WindowMatch>(best.Count);
        while (best.Count > 0) found.Add(best.Dequeue());
        found.Reverse();
        return found;
    }

    private sealed class Segment(int capacity, int dimensions)
    {
        public const int Capacity = 4096;

        public long[] PassageIds = new long[capacity];
        public int[] Firsts = new int[capacity];
        public int[] Counts = new int[capacity];
        public float[] Scales = new float[capacity];
        private sbyte[] values = new sbyte[capacity * dimensions];

        public int Count { get; private set; }

        public ReadOnlySpan<sbyte> Values(int window) => values.AsSpan(window * dimensions, dimensions);

        public void Add(long passageId, int first, int count, byte[] vector)
        {
            PassageIds[Count] = passageId;
            Firsts[Count] = first;
            Counts[Count] = count;
            Scales[Count] = Int8Vector.ScaleOf(vector);
            Int8Vector.ValuesOf(vector).CopyTo(values.AsSpan(Count * dimensions));
            Count++;
        }

        // The last segment of a reload, cut to what it holds.
        public Segment Trimmed()
        {
            Array.Resize(ref PassageIds, Count);
            Array.Resize(ref Firsts, Count);
            Array.Resize(ref Counts, Count);
            Array.Resize(ref Scales, Count);
            Array.Resize(ref values, Count * dimensions);
            return this;
        }
    }
}
