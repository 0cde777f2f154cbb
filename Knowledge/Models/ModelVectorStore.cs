using Microsoft.Data.Sqlite;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Models;

// The embedding deployment's vectors of the passage windows, in the index file beside the local model's: keyed by the
// deployment's name and the window's text hash, so a restart, an unchanged document or the same text elsewhere reuses
// them, and vectors of another deployment are never mixed in. The table is the model path's own; it survives an index
// rebuild like the local vectors do.
public sealed class ModelVectorStore
{
    private readonly IndexDatabase database;
    private readonly IndexReader reader;
    private readonly string model;

    public ModelVectorStore(IndexDatabase database, IndexReader reader, string model)
    {
        this.database = database;
        this.reader = reader;
        this.model = model;
        using var connection = database.Open();
        IndexDatabase.Execute(connection, """
            CREATE TABLE IF NOT EXISTS model_vectors(model TEXT NOT NULL, hash BLOB NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (model, hash)) WITHOUT ROWID;
            """);
    }

    public string Model => model;

    // Windows after the given one whose text has no vector from this deployment yet, with what their text is rebuilt from.
    public IReadOnlyList<MissingWindow> Missing(long after, int limit) =>
        reader.WindowsWithout("SELECT 1 FROM model_vectors m WHERE m.model = $model AND m.hash = w.hash", after, limit, ("$model", model));

    public long MissingCount()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM windows w WHERE NOT EXISTS (SELECT 1 FROM model_vectors m WHERE m.model = $model AND m.hash = w.hash)";
        command.Parameters.AddWithValue("$model", model);
        return (long)command.ExecuteScalar()!;
    }

    public void Write(IReadOnlyCollection<(byte[] Hash, byte[] Vector)> vectors)
    {
        if (vectors.Count == 0) return;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO model_vectors(model, hash, vector) VALUES ($model, $hash, $vector)";
        command.Parameters.AddWithValue("$model", model);
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

    // Every window that has a vector from this deployment, in passage order.
    public void Read(Action<long, int, int, byte[]> each)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT w.passage_id, w.first, w.count, m.vector FROM windows w JOIN model_vectors m ON m.model = $model AND m.hash = w.hash
            ORDER BY w.passage_id, w.first
            """;
        command.Parameters.AddWithValue("$model", model);
        using var reader = command.ExecuteReader();
        while (reader.Read()) each(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), (byte[])reader.GetValue(3));
    }

    // The stored length of this deployment's vectors (4 + dimensions), or null before the first is stored.
    public int? StoredLength()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(vector) FROM model_vectors WHERE model = $model LIMIT 1";
        command.Parameters.AddWithValue("$model", model);
        return command.ExecuteScalar() is long length ? (int)length : null;
    }

    // Vectors of text no window has any more, and those of other deployments (a deployment switched away from).
    public int RemoveUnused()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM model_vectors WHERE model <> $model OR NOT EXISTS (SELECT 1 FROM windows w WHERE w.hash = model_vectors.hash)";
        command.Parameters.AddWithValue("$model", model);
        return command.ExecuteNonQuery();
    }
}
