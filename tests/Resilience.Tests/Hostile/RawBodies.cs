using System.Text;
using System.Text.Json.Nodes;

namespace StakeholderBot.Resilience.Tests.Hostile;

// Attacks below the JSON tree: bytes that are not UTF-8, escapes that are not UTF-16, duplicate keys,
// truncation, and bodies that are not JSON at all.
public sealed class RawBodies(Random random, Draft draft)
{
    private static readonly byte[][] InvalidSequences =
    [
        [0xFF], [0xFE, 0xFF], [0x80], [0xC0, 0xAF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE0, 0x80, 0x80], [0x61, 0xC2],
    ];

    private static readonly string[] Surrogates =
        ["\\ud800", "\\udc00", "\\udbff\\udbff", "a\\udfffb", "\\ud83d", "\\ude00\\ud83d", "\\u0000", "\\ud800\\u0041"];

    // Strings the host reads as typed fields and strings it only passes through (card data, entities).
    private static readonly string[] StringFields =
    [
        "text", "locale", "id", "conversation.id", "from.id", "from.name", "from.aadObjectId", "recipient.id", "serviceUrl",
        "channelId", "type", "name", "value.action.verb", "value.action.data.q", "value.action.data.survey", "value.verb",
        "value.actionValue.feedback", "entities.0.text", "entities.0.type", "conversation.tenantId", "channelData.tenant.id",
        "replyToId", "deliveryMode", "unknownField", "value.action.data.page",
    ];

    public void InvalidUtf8()
    {
        var field = StringFields[random.Next(StringFields.Length)];
        var sequence = InvalidSequences[random.Next(InvalidSequences.Length)];
        JsonPaths.Set(draft.Activity, field, draft.InsideString([.. "x"u8, .. sequence, .. "y"u8]));
        draft.Kind = $"invalid-utf8 {field} {Convert.ToHexString(sequence)}";
    }

    public void LoneSurrogate()
    {
        var field = StringFields[random.Next(StringFields.Length)];
        var escape = Surrogates[random.Next(Surrogates.Length)];
        JsonPaths.Set(draft.Activity, field, draft.InsideString(Encoding.ASCII.GetBytes(escape)));
        draft.Kind = $"lone-surrogate {field} {escape}";
    }

    public HostileRequest DuplicateKeys(int index)
    {
        string[] keys = ["type", "text", "value", "serviceUrl", "conversation", "from", "deliveryMode", "channelId", "locale"];
        var key = keys[random.Next(keys.Length)];
        var json = draft.Activity.ToJsonString();
        var second = random.Next(3) switch
        {
            0 => $"\"{key}\":null",
            1 => $"\"{char.ToUpperInvariant(key[0])}{key[1..]}\":{{\"x\":1}}",
            _ => $"\"{key}\":\"other\"",
        };
        // Inside the card data too: the same input id twice with different types.
        if (random.Next(3) == 0) json = json.Replace("\"data\":{", "\"data\":{\"q.a\":\"1\",\"q.a\":[1],\"verb\":\"x\",\"verb\":\"survey.next\",", StringComparison.Ordinal);
        var body = "{" + second + "," + json[1..];
        return new HostileRequest(index, $"duplicate-keys {key}", Encoding.UTF8.GetBytes(body));
    }

    public HostileRequest Truncated(int index)
    {
        var bytes = draft.Write(asciiEscaped: random.Next(2) == 0);
        var cut = 1 + random.Next(bytes.Length - 1);
        return new HostileRequest(index, $"truncated at {cut}", bytes[..cut]);
    }

    public HostileRequest NotJson(int index)
    {
        var valid = draft.Activity.ToJsonString();
        (string Kind, byte[] Body, string ContentType)[] bodies =
        [
            ("empty", [], "application/json"),
            ("space", " "u8.ToArray(), "application/json"),
            ("xml", "<activity type=\"message\"/>"u8.ToArray(), "application/xml"),
            ("form", "type=message&text=help"u8.ToArray(), "application/x-www-form-urlencoded"),
            ("open brace", "{"u8.ToArray(), "application/json"),
            ("string", "\"message\""u8.ToArray(), "application/json"),
            ("number", "123"u8.ToArray(), "application/json"),
            ("true", "true"u8.ToArray(), "application/json"),
            ("type null", "{\"type\":null}"u8.ToArray(), "application/json"),
            ("type number", "{\"type\":1}"u8.ToArray(), "application/json"),
            ("random bytes", RandomBytes(1 + random.Next(4096)), "application/octet-stream"),
            ("bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(valid)], "application/json"),
            ("utf-16", Encoding.Unicode.GetBytes(valid), "application/json; charset=utf-16"),
            ("utf-32", Encoding.UTF32.GetBytes(valid), "application/json"),
            ("comment", Encoding.UTF8.GetBytes("/* hi */" + valid), "application/json"),
            ("trailing comma", Encoding.UTF8.GetBytes(valid[..^1] + ",}"), "application/json"),
            ("single quotes", Encoding.UTF8.GetBytes(valid.Replace('"', '\'')), "application/json"),
            ("NaN", Encoding.UTF8.GetBytes(valid[..^1] + ",\"n\":NaN}"), "application/json"),
            ("garbage after", Encoding.UTF8.GetBytes(valid + "xyz"), "application/json"),
            ("two objects", Encoding.UTF8.GetBytes(valid + valid), "application/json"),
            ("array of activities", Encoding.UTF8.GetBytes("[" + valid + "]"), "application/json"),
            ("text/plain", Encoding.UTF8.GetBytes(valid), "text/plain"),
            ("no content type", Encoding.UTF8.GetBytes(valid), ""),
            ("nul bytes", [.. Encoding.UTF8.GetBytes(valid[..10]), 0, 0, 0, .. Encoding.UTF8.GetBytes(valid[10..])], "application/json"),
        ];
        var (kind, body, contentType) = bodies[random.Next(bodies.Length)];
        return new HostileRequest(index, "not-json " + kind, body, contentType);
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
