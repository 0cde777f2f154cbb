using Microsoft.Data.Sqlite;

namespace StakeholderBot.Knowledge.Index;

// All writes go through here, one transaction at a time, so readers always see whole documents.
public sealed class IndexWriter(IndexDatabase database)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task WriteAsync(IReadOnlyCollection<IndexEntry> entries, IReadOnlyCollection<string> removedPaths, CancellationToken cancellationToken)
    {
        if (entries.Count == 0 && removedPaths.Count == 0) return;
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            var commands = new Commands(connection, transaction);
            foreach (var path in removedPaths) Remove(commands, path);
            foreach (var entry in entries) Insert(commands, entry);
            transaction.Commit();
            database.Changed();
        }
        finally
        {
            gate.Release();
        }
    }

    // Stored documents under the prefix belong to one source (a storage account's table): when the source named
    // is not the one they came from, they are all removed first, in the same transaction that records it.
    public async Task<int> BindSourceAsync(string prefix, string source, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            var key = "source:" + prefix;
            using var read = connection.CreateCommand();
            read.Transaction = transaction;
            read.CommandText = "SELECT value FROM meta WHERE key = $key";
            read.Parameters.AddWithValue("$key", key);
            if (read.ExecuteScalar() as string == source) return 0;

            var paths = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.Transaction = transaction;
                list.CommandText = "SELECT path FROM documents WHERE kind = 'Stored' AND substr(path, 1, length($prefix)) = $prefix";
                list.Parameters.AddWithValue("$prefix", prefix);
                using var rows = list.ExecuteReader();
                while (rows.Read()) paths.Add(rows.GetString(0));
            }
            var commands = new Commands(connection, transaction);
            foreach (var path in paths) Remove(commands, path);
            using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES ($key, $value)";
            write.Parameters.AddWithValue("$key", key);
            write.Parameters.AddWithValue("$value", source);
            write.ExecuteNonQuery();
            transaction.Commit();
            database.Changed();
            return paths.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task TouchAsync(IReadOnlyCollection<(string Path, long Modified)> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0) return;
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE documents SET modified = $modified WHERE path = $path";
            var path = command.Parameters.Add(new SqliteParameter("$path", null));
            var modified = command.Parameters.Add(new SqliteParameter("$modified", null));
            foreach (var file in files)
            {
                path.Value = file.Path;
                modified.Value = file.Modified;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        finally
        {
            gate.Release();
        }
    }

    // Vectors are written beside the documents, not with them: they fill in behind the text index. Each is stored
    // once under its window's hash, however many windows share that text.
    public async Task WriteVectorsAsync(IReadOnlyCollection<(byte[] Hash, byte[] Vector)> vectors, CancellationToken cancellationToken)
    {
        if (vectors.Count == 0) return;
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR IGNORE INTO vectors(hash, vector) VALUES ($hash, $vector)";
            var hash = command.Parameters.Add(new SqliteParameter("$hash", null));
            var vector = command.Parameters.Add(new SqliteParameter("$vector", null));
            foreach (var (key, value) in vectors)
            {
                hash.Value = key;
                vector.Value = value;
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        finally
        {
            gate.Release();
        }
    }

    // Vectors of windows no document has any more (changed or removed text).
    public async Task<int> RemoveUnusedVectorsAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM vectors WHERE NOT EXISTS (SELECT 1 FROM windows w WHERE w.hash = vectors.hash)";
            return command.ExecuteNonQuery();
        }
        finally
        {
            gate.Release();
        }
    }

    // The FTS5 table keeps no copy of its text (it is rebuilt from the passages), so removing a row means handing
    // it the same terms again: they are worked out from the stored passage exactly as when it was added.
    private static void Remove(Commands commands, string path)
    {
        commands.FindDocument.Parameters["$path"].Value = path;
        using (var reader = commands.FindDocument.ExecuteReader())
        {
            if (!reader.Read()) return;
            var id = reader.GetInt64(0);
            var context = Text.Terms.ForIndex(reader.GetString(1), reader.GetString(2));
            reader.Close();
            commands.ListPassages.Parameters["$id"].Value = id;
            var passages = new List<(long Id, string Language, string Heading, string Topic, string Body)>();
            using (var rows = commands.ListPassages.ExecuteReader())
                while (rows.Read()) passages.Add((rows.GetInt64(0), rows.GetString(1), rows.GetString(2), rows.GetString(3), rows.GetString(4)));
            foreach (var passage in passages)
            {
                var terms = IndexEntry.TermsOf(new Documents.Passage(0, passage.Heading, passage.Language, Documents.Passage.ParseBody(passage.Body), passage.Topic));
                var delete = commands.DeleteTerms;
                delete.Parameters["$id"].Value = passage.Id;
                delete.Parameters["$context"].Value = context;
                delete.Parameters["$heading"].Value = terms.Heading;
                delete.Parameters["$body"].Value = terms.Body;
                delete.ExecuteNonQuery();
            }
            foreach (var command in new[] { commands.DeleteWindows, commands.DeletePassages, commands.DeleteDocument })
            {
                command.Parameters["$id"].Value = id;
                command.ExecuteNonQuery();
            }
        }
    }

    private static void Insert(Commands commands, IndexEntry entry)
    {
        var document = entry.Document;
        Remove(commands, document.Path);
        var insert = commands.InsertDocument;
        insert.Parameters["$path"].Value = document.Path;
        insert.Parameters["$kind"].Value = entry.Source.Kind.ToString();
        insert.Parameters["$title"].Value = document.Title;
        insert.Parameters["$language"].Value = document.Language;
        insert.Parameters["$context"].Value = document.Context;
        insert.Parameters["$size"].Value = entry.Source.Size;
        insert.Parameters["$modified"].Value = entry.Source.Modified;
        insert.Parameters["$hash"].Value = entry.Source.Hash;
        insert.Parameters["$stored"].Value = (object?)entry.Source.StoredText ?? DBNull.Value;
        insert.Parameters["$audience"].Value = (int)entry.Source.Audience;
        insert.Parameters["$pages"].Value = document.Pages;
        insert.Parameters["$problem"].Value = (object?)entry.Problem ?? DBNull.Value;
        insert.Parameters["$addedBy"].Value = (object?)entry.Source.AddedBy ?? DBNull.Value;
        insert.Parameters["$addedAt"].Value = (object?)entry.Source.AddedAt?.UtcTicks ?? DBNull.Value;
        var documentId = (long)insert.ExecuteScalar()!;

        for (var p = 0; p < document.Passages.Count; p++)
        {
            var passage = document.Passages[p];
            var passageInsert = commands.InsertPassage;
            passageInsert.Parameters["$document"].Value = documentId;
            passageInsert.Parameters["$ordinal"].Value = passage.Ordinal;
            passageInsert.Parameters["$language"].Value = passage.Language;
            passageInsert.Parameters["$heading"].Value = passage.Heading;
            passageInsert.Parameters["$topic"].Value = passage.Topic;
            passageInsert.Parameters["$page"].Value = passage.Page;
            passageInsert.Parameters["$body"].Value = passage.Body;
            var passageId = (long)passageInsert.ExecuteScalar()!;

            var terms = commands.InsertTerms;
            terms.Parameters["$id"].Value = passageId;
            terms.Parameters["$context"].Value = entry.ContextTerms;
            terms.Parameters["$heading"].Value = entry.PassageTerms[p].Heading;
            terms.Parameters["$body"].Value = entry.PassageTerms[p].Body;
            terms.ExecuteNonQuery();

            var window = commands.InsertWindow;
            window.Parameters["$passage"].Value = passageId;
            foreach (var w in entry.Windows[p])
            {
                window.Parameters["$first"].Value = w.First;
                window.Parameters["$count"].Value = w.Count;
                window.Parameters["$hash"].Value = w.Hash;
                window.ExecuteNonQuery();
            }
        }
    }

    private sealed class Commands(SqliteConnection connection, SqliteTransaction transaction)
    {
        public SqliteCommand FindDocument { get; } = Create(connection, transaction, "SELECT id, context, language FROM documents WHERE path = $path", "$path");
        public SqliteCommand ListPassages { get; } = Create(connection, transaction, "SELECT id, language, heading, topic, body FROM passages WHERE document_id = $id", "$id");
        public SqliteCommand DeleteTerms { get; } = Create(connection, transaction,
            "INSERT INTO passage_terms(passage_terms, rowid, context, heading, body) VALUES ('delete', $id, $context, $heading, $body)", "$id", "$context", "$heading", "$body");
        public SqliteCommand DeleteWindows { get; } = Create(connection, transaction,
            "DELETE FROM windows WHERE passage_id IN (SELECT id FROM passages WHERE document_id = $id)", "$id");
        public SqliteCommand InsertWindow { get; } = Create(connection, transaction,
            "INSERT INTO windows(passage_id, first, count, hash) VALUES ($passage, $first, $count, $hash)", "$passage", "$first", "$count", "$hash");
        public SqliteCommand DeletePassages { get; } = Create(connection, transaction, "DELETE FROM passages WHERE document_id = $id", "$id");
        public SqliteCommand DeleteDocument { get; } = Create(connection, transaction, "DELETE FROM documents WHERE id = $id", "$id");
        public SqliteCommand InsertDocument { get; } = Create(connection, transaction,
            "INSERT INTO documents(path, kind, title, language, context, size, modified, hash, stored_text, audience, pages, problem, added_by, added_at) " +
            "VALUES ($path, $kind, $title, $language, $context, $size, $modified, $hash, $stored, $audience, $pages, $problem, $addedBy, $addedAt) RETURNING id",
            "$path", "$kind", "$title", "$language", "$context", "$size", "$modified", "$hash", "$stored", "$audience", "$pages", "$problem", "$addedBy", "$addedAt");
        public SqliteCommand InsertPassage { get; } = Create(connection, transaction,
            "INSERT INTO passages(document_id, ordinal, language, heading, topic, body, page) VALUES ($document, $ordinal, $language, $heading, $topic, $body, $page) RETURNING id",
            "$document", "$ordinal", "$language", "$heading", "$topic", "$body", "$page");
        public SqliteCommand InsertTerms { get; } = Create(connection, transaction,
            "INSERT INTO passage_terms(rowid, context, heading, body) VALUES ($id, $context, $heading, $body)", "$id", "$context", "$heading", "$body");

        private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter(name, null));
            command.Prepare();
            return command;
        }
    }
}
