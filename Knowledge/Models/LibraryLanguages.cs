using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

// The languages the documents are written in, most passages first; read again when the documents change.
public sealed class LibraryLanguages(IndexDatabase database)
{
    private (long Version, IReadOnlyList<string> Languages) known = (-1, []);

    public IReadOnlyList<string> All()
    {
        var snapshot = known;
        var version = database.ContentVersion;
        if (snapshot.Version == version) return snapshot.Languages;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT language FROM passages GROUP BY language ORDER BY count(*) DESC, language";
        var languages = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) languages.Add(reader.GetString(0));
        known = (version, languages);
        return languages;
    }

    // What a question in this language is searched in: the documents' main language, and its own when some are in it.
    public IReadOnlyList<string> SearchLanguages(string questionLanguage)
    {
        var all = All();
        if (all.Count == 0) return [];
        return questionLanguage != all[0] && all.Contains(questionLanguage) ? [all[0], questionLanguage] : [all[0]];
    }
}
