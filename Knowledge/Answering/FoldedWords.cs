using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

// A text's words as phrase lists are matched against them: runs of letters and digits, folded (lower case, no
// diacritics); anything else separates, apostrophes and hyphens too ("what's", "e-mail"). Start and End point into
// the text.
public readonly record struct FoldedWord(string Text, int Start, int End);

public static class FoldedWords
{
    public static List<FoldedWord> Of(string text)
    {
        var words = new List<FoldedWord>(text.Length / 6 + 2);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
            words.Add(new FoldedWord(TextFolding.Fold(text.AsSpan(start, i - start)), start, i));
        }
        return words;
    }

    public static string[] Texts(string text)
    {
        var words = Of(text);
        var texts = new string[words.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = words[i].Text;
        return texts;
    }
}
