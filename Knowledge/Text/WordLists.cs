using System.Reflection;

namespace StakeholderBot.Knowledge.Text;

// The word lists written by hand for the languages no library covers (Knowledge/Text/Data/*.txt, embedded):
// one word per line, '#' starts a comment.
public static class WordLists
{
    public static IReadOnlyList<string> Read(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream($"StakeholderBot.Knowledge.Text.Data.{name}.txt")
            ?? throw new InvalidOperationException($"Word list '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Split('#')[0].Trim();
            if (word.Length > 0) words.Add(word);
        }
        return words;
    }
}
