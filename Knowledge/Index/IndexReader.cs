using Microsoft.Data.Sqlite;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Library;

namespace StakeholderBot.Knowledge.Index;

public sealed class IndexReader(IndexDatabase database)
{
    private const string Columns = "p.id, p.document_id, d.path, d.title, d.context, p.ordinal, p.heading, p.topic, p.language, p.body, p.page";
    private readonly ReaderSessions sessions = new(database);

    // Column weights: the document's context counts less than the passage's own heading and words.
    private const string Rank = "bm25(passage_terms, 0.35, 1.5, 1.0)";

    // Counting stops here: beyond it a word is common and its exact frequency changes little.
    public const int FrequencyCap = 1000;

    // Questions bring new words all the time (names, typos): the counts of the recently asked ones are kept.
    private readonly GenerationalCache<string, int> frequencies = new(10_000, StringComparer.Ordinal);
    private long frequencyVersion = -1;
    private long passageCount = -1;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Audience, (long Version, IReadOnlySet<long> Ids)> hiddenPassages = new();

    // The passages of documents this reader may not see, for filters that run outside SQL (the vector scan); read
    // again when the index changes.
    public IReadOnlySet<long> HiddenPassages(Audience reader)
    {
        var version = database.Version;
        if (hiddenPassages.TryGetValue(reader, out var cached) && cached.Version == version) return cached.Ids;
        var ids = sessions.Use(session =>
        {
            var command = session.Command(
                "SELECT p.id FROM documents d JOIN passages p ON p.document_id = d.id WHERE d.audience IN (SELECT value FROM json_each($hidden))",
                ("$hidden", HiddenFrom(reader)));
            var found = new HashSet<long>();
            using var rows = command.ExecuteReader();
            while (rows.Read()) found.Add(rows.GetInt64(0));
            return found;
        });
        hiddenPassages[reader] = (version, ids);
        return ids;
    }

    // The audience values (a JSON array) of documents this reader may not see.
    private static string HiddenFrom(Audience reader) =>
        "[" + string.Join(",", Enum.GetValues<Audience>().Where(a => (a & reader) == 0).Select(a => (int)a)) + "]";

    // Changes whenever the index does.
    public long Version => database.Version;

    // The best passages for the match among the documents the reader may see. Hidden documents are few (logged
    // meetings against a whole corpus), so their passages are looked up once by audience and left out, which costs
    // less than checking every matching passage's document; with none hidden from this reader (a corpus of project
    // documents only), the search leaves nothing out, a third faster.
    public IReadOnlyList<(long Id, double Score)> Search(string match, int limit, Audience audience)
    {
        var hidesNothing = HiddenPassages(audience).Count == 0;
        return sessions.Use(session => Search(session, match, limit, audience, hidesNothing));
    }

    private static List<(long Id, double Score)> Search(ReaderSessions.Session session, string match, int limit, Audience audience, bool hidesNothing)
    {
        var command = hidesNothing
            ? session.Command($"SELECT rowid, {Rank} AS score FROM passage_terms WHERE passage_terms MATCH $match ORDER BY score LIMIT $limit",
                ("$match", match), ("$limit", limit))
            : session.Command($"""
                SELECT rowid, {Rank} AS score FROM passage_terms WHERE passage_terms MATCH $match
                AND rowid NOT IN (SELECT p.id FROM documents d JOIN passages p ON p.document_id = d.id WHERE d.audience IN (SELECT value FROM json_each($hidden)))
                ORDER BY score LIMIT $limit
                """,
                ("$match", match), ("$hidden", HiddenFrom(audience)), ("$limit", limit));
        var hits = new List<(long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) hits.Add((reader.GetInt64(0), -reader.GetDouble(1)));
        return hits;
    }

    // The passages found and, for the first few of them, the passages just before and after, in one query.
    public IReadOnlyList<PassageHit> LoadWithNeighbours(IReadOnlyList<(long Id, double Score)> hits, int withNeighbours) => sessions.Use(session =>
    {
        var command = session.Command($"""
            WITH hit AS (SELECT document_id, ordinal FROM passages WHERE id IN (SELECT value FROM json_each($top))),
            wanted AS (SELECT value AS id FROM json_each($ids)
                UNION SELECT n.id FROM hit h JOIN passages n ON n.document_id = h.document_id AND n.ordinal IN (h.ordinal - 1, h.ordinal + 1))
            SELECT {Columns} FROM wanted w JOIN passages p ON p.id = w.id JOIN documents d ON d.id = p.document_id
            """,
            ("$top", "[" + string.Join(",", hits.Take(withNeighbours).Select(h => h.Id)) + "]"),
            ("$ids", "[" + string.Join(",", hits.Select(h => h.Id)) + "]"));
        return ReadHits(command, hits.ToDictionary(h => h.Id, h => h.Score));
    });

    public IReadOnlyList<PassageHit> Load(IReadOnlyCollection<long> ids, IReadOnlyDictionary<long, double>? scores = null)
    {
        if (ids.Count == 0) return [];
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}
            FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id IN ({string.Join(",", ids)})
            """;
        return ReadHits(command, scores);
    }

    // The passages just before and after these, for context that runs across a passage boundary.
    public IReadOnlyList<long> NeighbourIds(IEnumerable<(long DocumentId, int Ordinal)> passages)
    {
        var conditions = passages.Select(p => $"(document_id = {p.DocumentId} AND ordinal IN ({p.Ordinal - 1}, {p.Ordinal + 1}))").ToList();
        if (conditions.Count == 0) return [];
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM passages WHERE " + string.Join(" OR ", conditions);
        var ids = new List<long>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    // In how many passages a term occurs in their own words (not the document context), for idf weights.
    public int DocumentFrequency(string term)
    {
        var version = database.Version;
        if (Interlocked.Exchange(ref frequencyVersion, version) != version) { frequencies.Clear(); Interlocked.Exchange(ref passageCount, -1); }
        return frequencies.GetOrAdd(term, t => sessions.Use(session => Convert.ToInt32(session.Command(
            "SELECT count(*) FROM (SELECT 1 FROM passage_terms WHERE passage_terms MATCH $match LIMIT $cap)",
            ("$match", "{heading body} : " + FtsQuery.Quote(t)), ("$cap", FrequencyCap)).ExecuteScalar())));
    }

    public long PassageCount()
    {
        var count = Interlocked.Read(ref passageCount);
        if (count >= 0 && frequencyVersion == database.Version) return count;
        using var connection = database.Open();
        count = (long)IndexDatabase.Scalar(connection, "SELECT count(*) FROM passages")!;
        Interlocked.Exchange(ref passageCount, count);
        return count;
    }

    // Windows after the given one whose vector is not stored yet, with what their text is rebuilt from.
    public IReadOnlyList<MissingWindow> WindowsWithoutVectors(long after, int limit) =>
        WindowsWithout("SELECT 1 FROM vectors v WHERE v.hash = w.hash", after, limit);

    // Windows after the given one for which the query (over w, the window) finds no row: a store of vectors keyed by
    // the window text's hash (the local model's, an embedding deployment's). Parameters: the query's own.
    public IReadOnlyList<MissingWindow> WindowsWithout(string stored, long after, int limit, params (string Name, object Value)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT w.id, w.passage_id, w.first, w.count, w.hash, d.title, p.heading, p.body
            FROM windows w JOIN passages p ON p.id = w.passage_id JOIN documents d ON d.id = p.document_id
            WHERE w.id > $after AND NOT EXISTS ({stored})
            ORDER BY w.id LIMIT $limit
            """;
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$limit", limit);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var missing = new List<MissingWindow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            missing.Add(new MissingWindow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3), (byte[])reader.GetValue(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        return missing;
    }

    // Every window that has its vector, streamed in passage order.
    public void ReadVectors(Action<long, int, int, byte[]> each)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT w.passage_id, w.first, w.count, v.vector FROM windows w JOIN vectors v ON v.hash = w.hash ORDER BY w.passage_id, w.first";
        using var reader = command.ExecuteReader();
        while (reader.Read()) each(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), (byte[])reader.GetValue(3));
    }

    public long WindowCount()
    {
        using var connection = database.Open();
        return (long)IndexDatabase.Scalar(connection, "SELECT count(*) FROM windows")!;
    }

    public StoredDocument? Document(string path)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, kind, title, language, stored_text, audience, hash FROM documents WHERE path = $path";
        command.Parameters.AddWithValue("$path", path);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new StoredDocument(reader.GetString(0), Enum.Parse<DocumentKind>(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), (Audience)reader.GetInt32(5), reader.GetString(6));
    }

    // Paths of the stored (not file) documents under a prefix.
    public IReadOnlyList<string> StoredPaths(string prefix)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path FROM documents WHERE kind = 'Stored' AND substr(path, 1, length($prefix)) = $prefix ORDER BY path";
        command.Parameters.AddWithValue("$prefix", prefix);
        var paths = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) paths.Add(reader.GetString(0));
        return paths;
    }

    // Corpus files and library documents (not the bot's stored records), with what the documents list shows.
    public IReadOnlyList<LibraryEntry> LibraryEntries()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.path, d.kind, d.title, d.language, d.pages, (SELECT count(*) FROM passages p WHERE p.document_id = d.id),
                d.added_by, d.added_at, d.modified, d.problem, d.hash, d.size
            FROM documents d WHERE d.kind IN ('File', 'Library') ORDER BY d.title COLLATE NOCASE
            """;
        var entries = new List<LibraryEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            entries.Add(new LibraryEntry(reader.GetString(0), Enum.Parse<DocumentKind>(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(8), TimeSpan.Zero),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10), reader.GetInt64(11)));
        return entries;
    }

    public Dictionary<string, IndexedFile> Files()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, size, modified, hash FROM documents WHERE kind = 'File'";
        var files = new Dictionary<string, IndexedFile>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read()) files[reader.GetString(0)] = new IndexedFile(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3));
        return files;
    }

    private static List<PassageHit> ReadHits(SqliteCommand command, IReadOnlyDictionary<long, double>? scores)
    {
        var hits = new List<PassageHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            hits.Add(new PassageHit(id, reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5),
                reader.GetString(6), reader.GetString(7), reader.GetString(8), Passage.ParseBody(reader.GetString(9)), scores?.GetValueOrDefault(id) ?? 0)
            {
                Lexical = scores?.GetValueOrDefault(id) ?? 0,
                Page = reader.GetInt32(10),
            });
        }
        return hits;
    }
}
