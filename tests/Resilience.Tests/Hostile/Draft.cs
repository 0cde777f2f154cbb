using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StakeholderBot.Resilience.Tests.Hostile;

// An activity being made hostile: a JSON tree plus raw pieces (bytes no JSON writer would produce) that
// replace marker strings once the tree is written.
public sealed class Draft(string kind, JsonObject activity)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<(string Marker, byte[] Raw, bool KeepQuotes)> raw = [];

    public string Kind { get; set; } = kind;

    public JsonObject Activity { get; } = activity;

    // A raw JSON token (a number no parser holds, a nesting too deep to build) in place of a value.
    public string Token(string json) => Add(Encoding.UTF8.GetBytes(json), keepQuotes: false);

    // Raw bytes inside a string value (invalid UTF-8, escape sequences for lone surrogates).
    public string InsideString(byte[] bytes) => Add(bytes, keepQuotes: true);

    public byte[] Write(bool asciiEscaped)
    {
        var text = asciiEscaped ? Activity.ToJsonString() : Activity.ToJsonString(Relaxed);
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var (marker, replacement, keepQuotes) in raw)
        {
            var target = Encoding.UTF8.GetBytes(keepQuotes ? marker : "\"" + marker + "\"");
            bytes = Replace(bytes, target, replacement);
        }
        return bytes;
    }

    private string Add(byte[] bytes, bool keepQuotes)
    {
        var marker = $"@@RAW{raw.Count}@@";
        raw.Add((marker, bytes, keepQuotes));
        return marker;
    }

    private static byte[] Replace(byte[] source, byte[] target, byte[] replacement)
    {
        var at = source.AsSpan().IndexOf(target);
        if (at < 0) return source;
        return [.. source.AsSpan(0, at), .. replacement, .. source.AsSpan(at + target.Length)];
    }
}
