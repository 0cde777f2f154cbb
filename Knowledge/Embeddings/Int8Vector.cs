using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace StakeholderBot.Knowledge.Embeddings;

// A unit vector kept as one signed byte per dimension and a scale: a quarter of the floats' size, in memory and on
// disk, and a cosine within about 0.003 of the float one (far below the gaps that decide a ranking).
public static class Int8Vector
{
    public const int StoredLength = sizeof(float) + TextEmbedder.Dimensions;

    // Any number of dimensions: the local model's 384 or an embedding deployment's.
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var stored = new byte[sizeof(float) + vector.Length];
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

    // The integer dot product of a question (its bytes widened to 16 bits once) with a stored vector, 32 dimensions
    // per step: the stored bytes are widened, multiplied and added in pairs into 32-bit sums (127 x 127 x 2 fits).
    public static int Dot(ReadOnlySpan<short> question, ReadOnlySpan<sbyte> stored)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported)
        {
            var total = Vector256<int>.Zero;
            ref var left = ref MemoryMarshal.GetReference(question);
            ref var right = ref MemoryMarshal.GetReference(stored);
            for (; i + Vector256<sbyte>.Count <= stored.Length; i += Vector256<sbyte>.Count)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref right, (nuint)i));
                total += Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref left, (nuint)i), low);
                total += Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref left, (nuint)(i + Vector256<short>.Count)), high);
            }
            sum = Vector256.Sum(total);
        }
        for (; i < stored.Length; i++) sum += question[i] * stored[i];
        return sum;
    }
}
