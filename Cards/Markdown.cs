using System.Text;

namespace StakeholderBot.Cards;

// Teams renders a markdown subset in TextBlock and Fact values; user text placed there must not format.
public static class Markdown
{
    // Only the characters that start emphasis, links, code, headings or HTML in the Teams subset.
    private const string Special = "\\`*_[]#<>~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
