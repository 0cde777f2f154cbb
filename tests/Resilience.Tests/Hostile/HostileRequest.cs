using System.Text;

namespace StakeholderBot.Resilience.Tests.Hostile;

// One generated request: what kind of hostility it carries and the exact bytes sent.
public sealed record HostileRequest(int Index, string Kind, byte[] Body, string ContentType = "application/json")
{
    // Printable even when the body is not UTF-8: invalid bytes show as \xNN, long bodies are cut.
    public string Describe(int seed, int max = 3000)
    {
        var text = new StringBuilder();
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        for (var i = 0; i < Body.Length && text.Length < max;)
        {
            var length = Body[i] < 0x80 ? 1 : Body[i] >= 0xF0 ? 4 : Body[i] >= 0xE0 ? 3 : 2;
            try
            {
                if (i + length > Body.Length) throw new DecoderFallbackException();
                text.Append(decoder.GetString(Body, i, length));
                i += length;
            }
            catch (ArgumentException)
            {
                text.Append($"\\x{Body[i]:X2}");
                i++;
            }
        }
        var cut = Body.Length > max ? $" … ({Body.Length} bytes in all)" : "";
        return $"request #{Index} (seed {seed}), kind {Kind}, {ContentType}:\n{text}{cut}";
    }
}
