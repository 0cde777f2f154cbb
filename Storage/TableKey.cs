using System.Security.Cryptography;
using System.Text;

namespace StakeholderBot.Storage;

// PartitionKey/RowKey rules, and an encoding that turns any user text into a valid key.
// Encoding keeps ordinary text as it is (so keys sort like the text) and writes every character the
// service forbids or mishandles as '~' + 4 hex digits; the result is decodable unless it had to be shortened.
public static class TableKey
{
    // 1 KiB of UTF-16.
    public const int MaxLength = 512;

    private const char Escape = '~';
    private const string Separator = "~~";
    private const int HashChars = 16;

    public static void Validate(string? key, string name)
    {
        if (key is null) throw new ArgumentNullException(name, $"{name} is required.");
        if (key.Length > MaxLength)
            throw new ArgumentException($"{name} is {key.Length} characters; the Table service allows at most {MaxLength} (1 KiB). Use TableKey.Encode for user text.", name);
        var bad = key.AsSpan().IndexOfAny(Forbidden);
        if (bad < 0) bad = IndexOfControl(key);
        if (bad >= 0)
            throw new ArgumentException($"{name} contains U+{(int)key[bad]:X4} at position {bad}; keys may not contain / \\ # ? or control characters. Use TableKey.Encode for user text.", name);
    }

    public static string Encode(string? userText)
    {
        var encoded = EncodeUnbounded(userText ?? "");
        return encoded.Length <= MaxLength ? encoded : Shorten(encoded, userText!);
    }

    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var decoded = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == Escape && i + 4 < key.Length && int.TryParse(key.AsSpan(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code))
            {
                decoded.Append((char)code);
                i += 4;
            }
            else decoded.Append(key[i]);
        }
        return decoded.ToString();
    }

    // Several pieces of user text in one key; "~~" cannot occur inside an encoded part, so parts never run together.
    public static string Join(params string?[] parts)
    {
        var joined = string.Join(Separator, parts.Select(p => EncodeUnbounded(p ?? "")));
        return joined.Length <= MaxLength ? joined : Shorten(joined, joined);
    }

    private static string EncodeUnbounded(string text)
    {
        var encoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) encoded.Append(c).Append(text[++i]);
            else if (NeedsEscape(c)) encoded.Append(Escape).Append(((int)c).ToString("X4"));
            else encoded.Append(c);
        }
        return encoded.ToString();
    }

    // Keeps a sortable prefix and adds a hash of the whole text so distinct long texts stay distinct keys.
    private static string Shorten(string encoded, string original)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(original)))[..HashChars];
        var keep = MaxLength - HashChars - 1;
        if (encoded.LastIndexOf(Escape, keep - 1, Math.Min(keep, 4)) is var cut and >= 0) keep = cut;
        if (char.IsHighSurrogate(encoded[keep - 1])) keep--;
        return encoded[..keep] + Escape + hash;
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or Escape || char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create("/\\#?");

    private static int IndexOfControl(string key)
    {
        for (var i = 0; i < key.Length; i++) if (char.IsControl(key[i])) return i;
        return -1;
    }
}
