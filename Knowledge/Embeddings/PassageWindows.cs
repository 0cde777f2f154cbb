using System.Security.Cryptography;
using System.Text;
using StakeholderBot.Knowledge.Documents;

namespace StakeholderBot.Knowledge.Embeddings;

// A stretch of a few consecutive units of one passage, the piece of text that gets a vector. Windows overlap by one
// unit, so a fact told across two sentences is whole in at least one of them; the document's title and the
// passage's heading go in front, as what the window is about ("Duration: ..." under "INTRA").
public sealed record PassageWindow(int First, int Count, string Text, byte[] Hash);

public static class PassageWindows
{
    public const int Size = 3;
    private const int Step = 2;
    // About 150 words: beyond that the model reads slowly and one long list drowns what else the window says.
    private const int MaxLength = 900;

    public static List<PassageWindow> Of(string title, string heading, IReadOnlyList<Unit> units)
    {
        var windows = new List<PassageWindow>();
        var about = About(title, heading);
        for (var first = 0; first < units.Count; first += Step)
        {
            var count = Math.Min(Size, units.Count - first);
            var text = new StringBuilder(about);
            for (var u = first; u < first + count && text.Length < MaxLength; u++)
            {
                // A heading unit repeats the heading already in front.
                if (units[u].IsHeading && units[u].Text == heading) continue;
                if (text.Length > 0) text.Append(text[^1] == ':' ? " " : "\n");
                text.Append(units[u].FullText);
            }
            var window = text.Length > MaxLength ? text.ToString(0, MaxLength) : text.ToString();
            windows.Add(new PassageWindow(first, count, window, HashOf(window)));
            if (first + count >= units.Count) break;
        }
        return windows;
    }

    // What a piece of a passage is about, put in front of it: "Title - Heading:".
    public static string About(string title, string heading)
    {
        if (heading.Length == 0 || heading.Equals(title, StringComparison.OrdinalIgnoreCase)) return title.Length == 0 ? "" : title + ":";
        return title.Length == 0 ? heading + ":" : title + " - " + heading + ":";
    }

    // The key a vector is stored under: the same text embedded by the same model is the same vector, whichever
    // document or index build it comes from.
    public static byte[] HashOf(string text) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(TextEmbedder.ModelVersion + "\n" + text)).AsSpan(0, 16).ToArray();
}
