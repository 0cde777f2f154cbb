namespace StakeholderBot.Knowledge.Documents;

public static class Titles
{
    public const int MaxLength = 80;

    // A leading heading names the document; otherwise its first sentence does, shortened, and the file name last.
    public static string FromFirstBlock(List<Block> blocks, string fallback, out bool firstIsTitle)
    {
        firstIsTitle = false;
        if (blocks.Count == 0) return fallback;
        var first = blocks[0];
        if (first.Kind == BlockKind.Heading || first.Kind == BlockKind.Paragraph && PlainTextReader.IsHeadingLike(first.Text) && blocks.Count > 1)
        {
            firstIsTitle = true;
            return Shorten(first.Text, MaxLength);
        }
        var sentence = Text.SentenceSplitter.Split(first.Text).FirstOrDefault();
        return string.IsNullOrWhiteSpace(sentence) ? fallback : Shorten(sentence, MaxLength);
    }

    public static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return text[..cut].TrimEnd(',', ';', ':', '-', '–', ' ') + "…";
    }
}
