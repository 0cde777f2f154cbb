using System.Text.Json;

namespace StakeholderBot.Knowledge.Answering;

// Acronyms of EU cohesion policy (Data/glossary.json): each entry holds the forms that say the same thing, the
// English acronym first, then long forms and the partner languages' acronyms ("ERDF", "European Regional
// Development Fund", "FEDER", "EFRR"). Forms are folded words.
public static class Glossary
{
    public static readonly IReadOnlyList<string[][]> Entries = Load();

    // The entry one of whose forms is these words, if any.
    public static string[][]? EntryOf(IReadOnlyList<string> words) =>
        Entries.FirstOrDefault(entry => entry.Any(form => form.SequenceEqual(words)));

    private static List<string[][]> Load()
    {
        using var json = AnsweringData.Read("glossary.json");
        return json.RootElement.EnumerateObject().Where(p => !p.Name.StartsWith('_'))
            .Select(p => p.Value.GetString()!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(p.Name)
                .Distinct().Select(form => form.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray())
            .ToList();
    }
}
