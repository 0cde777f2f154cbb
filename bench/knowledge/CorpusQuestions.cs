using Microsoft.Data.Sqlite;

namespace StakeholderBot.Bench.Knowledge;

// New questions about a real corpus (the repo's corpus/, say), for the HTTP run over it: each is put together from
// two or three words of one of its sentences in a question frame, so some are answered by their words, some only by
// meaning and some not at all, as stakeholders' questions are. Fixed seed: runs compare.
public static class CorpusQuestions
{
    public static readonly string[] Frames =
    [
        "What does the project say about {0}?",
        "Which {0} are mentioned?",
        "How does {0} work?",
        "Why is {0} important?",
        "Who is responsible for {0}?",
        "When did {0} take place?",
        "How many {0} were there?",
        "What is planned for {0}?",
    ];

    public static List<string> FromIndex(string indexPath, int count, int seed) => [.. Framed(indexPath, count, seed).Select(q => q.Text)];

    public static List<(int Frame, string Text)> Framed(string indexPath, int count, int seed)
    {
        var sentences = new List<string[]>();
        using (var connection = new SqliteConnection($"Data Source={indexPath};Mode=ReadOnly"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // In document order: passage ids follow the (parallel) indexing order, which differs from run to run.
            command.CommandText = "SELECT p.body FROM passages p JOIN documents d ON d.id = p.document_id ORDER BY d.path, p.ordinal";
            using var rows = command.ExecuteReader();
            while (rows.Read())
                foreach (var sentence in rows.GetString(0).Split(['.', '?', '!', '\n'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var words = sentence.Split([' ', ',', ';', ':', '(', ')', '"', '“', '”'], StringSplitOptions.RemoveEmptyEntries)
                        .Where(w => w.Length >= 5 && w.All(char.IsLetter)).ToArray();
                    if (words.Length >= 3) sentences.Add(words);
                }
        }
        SqliteConnection.ClearAllPools();
        var random = new Random(seed);
        var questions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var attempt = 0; questions.Count < count && attempt < count * 20; attempt++)
        {
            var words = sentences[random.Next(sentences.Count)];
            // Two or three of its words in their order, as someone recalls a topic.
            var take = 2 + random.Next(2);
            var picked = Enumerable.Range(0, words.Length).OrderBy(_ => random.Next()).Take(take).Order();
            var topic = string.Join(' ', picked.Select(i => words[i])).ToLowerInvariant();
            var frame = random.Next(Frames.Length);
            questions.TryAdd(string.Format(Frames[frame], topic), frame);
        }
        return [.. questions.Select(q => (q.Value, q.Key))];
    }
}
