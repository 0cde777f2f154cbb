using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace StakeholderBot.Knowledge.Embeddings;

// A unit vector kept as one signed byte per dimension and a scale: a quarter of the floats' size, in memory and on
// disk, and a cosine within about 0.003 of the float one (far below the gaps that decide a ranking).
public static class Int8Vector
{
    public const int StoredLength = sizeof(float) + TextEmbedder.Dimensions;

    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var stored = new byte[StoredLength];
        var scale = Quantize(vector, MemoryMarshal.Cast<byte, sbyte>(stored.AsSpan(sizeof(float))));
        BinaryPrimitives.WriteSingleLittleEndian(stored, scale);
        return stored;
    }

    public static float ScaleOf(ReadOnlySpan<byte> stored) => BinaryPrimitives.ReadSingleLittleEndian(stored);

    public static ReadOnlySpan<sbyte> ValuesOf(ReadOnlySpan<byte> stored) => MemoryMarshal.Cast<byte, sbyte>(stored[sizeof(float)..]);

    // Values scaled so the largest is ±127; returns what one step is worth.
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> values)
    {
        var max = Math.Abs(System.Numerics.Tensors.TensorPrimitives.MaxMagnitude(vector));
        if (max == 0) { values.Clear(); return 0; }
        var scale = max / 127f;
        for (var i = 0; i < vector.Length; i++) values[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        return scale;
    }

    // The integer dot product, 32 dimensions per step: bytes are widened to 16 bits (127 x 127 fits) and the
    // products to 32 bits before they are summed.
    public static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var i = 0;
        var sum = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var total = Vector256<int>.Zero;
            ref var left = ref MemoryMarshal.GetReference(a);
            ref var right = ref MemoryMarshal.GetReference(b);
            for (; i + Vector256<sbyte>.Count <= a.Length; i += Vector256<sbyte>.Count)
            {
                var (aLow, aHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref left, (nuint)i));
                var (bLow, bHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref right, (nuint)i));
                var (p0, p1) = Vector256.Widen(aLow * bLow);
                var (p2, p3) = Vector256.Widen(aHigh * bHigh);
                total += p0 + p1 + p2 + p3;
            }
            sum = Vector256.Sum(total);
        }
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
