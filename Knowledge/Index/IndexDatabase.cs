using Microsoft.Data.Sqlite;

namespace StakeholderBot.Knowledge.Index;

// The SQLite file behind the index. Opening it checks the pipeline version: when the way text is cut or
// normalised changes, the old index cannot be reused and is rebuilt from scratch.
public sealed class IndexDatabase
{
    // Bump when parsing, tokenising or the schema changes.
    public const string PipelineVersion = "16";

    public const long SqliteMemoryLimit = 24L * 1024 * 1024;

    private readonly string connectionString;
    private long contentVersion;
    private long vectorVersion;

    public IndexDatabase(string path)
    {
        SQLitePCL.Batteries_V2.Init();
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true }.ToString();
        Initialise();
    }

    public string Path { get; }

    // Changes on every write and whenever more passage vectors can be searched, so caches keyed by it never serve
    // stale answers.
    public long Version => ContentVersion + Interlocked.Read(ref vectorVersion);

    // Changes only when documents are written or removed.
    public long ContentVersion => Interlocked.Read(ref contentVersion);

    public void Changed() => Interlocked.Increment(ref contentVersion);

    public void VectorsChanged() => Interlocked.Increment(ref vectorVersion);

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private void Initialise()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        // Every pooled connection keeps its own page cache (2 MB each by default): with a connection per parallel
        // question they would fill up one by one as the index grows. The limit is for all of SQLite in the process;
        // above it, caches give back pages they hold and reads go to the OS's file cache instead.
        Execute(connection, $"PRAGMA soft_heap_limit = {SqliteMemoryLimit};");
        Execute(connection, "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        var stored = Scalar(connection, "SELECT value FROM meta WHERE key = 'pipeline'") as string;
        if (stored != PipelineVersion)
        {
            // Vectors stay: they are keyed by their window's text and the model, which a new pipeline often leaves alike.
            Execute(connection, "DROP TABLE IF EXISTS passage_terms; DROP TABLE IF EXISTS windows; DROP TABLE IF EXISTS passages; DROP TABLE IF EXISTS documents;");
        }
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS documents(
                id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL, language TEXT NOT NULL,
                context TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT NULL, hash TEXT NOT NULL, stored_text TEXT,
                audience INTEGER NOT NULL, pages INTEGER NOT NULL DEFAULT 0, problem TEXT, added_by TEXT, added_at INTEGER);
            CREATE TABLE IF NOT EXISTS passages(
                id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL, ordinal INTEGER NOT NULL, language TEXT NOT NULL,
                heading TEXT NOT NULL, topic TEXT NOT NULL, body TEXT NOT NULL, page INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX IF NOT EXISTS passages_by_document ON passages(document_id, ordinal);
            CREATE INDEX IF NOT EXISTS documents_by_audience ON documents(audience);
            CREATE TABLE IF NOT EXISTS windows(
                id INTEGER PRIMARY KEY, passage_id INTEGER NOT NULL, first INTEGER NOT NULL, count INTEGER NOT NULL, hash BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS windows_by_passage ON windows(passage_id);
            CREATE INDEX IF NOT EXISTS windows_by_hash ON windows(hash);
            CREATE TABLE IF NOT EXISTS vectors(hash BLOB PRIMARY KEY, vector BLOB NOT NULL) WITHOUT ROWID;
            CREATE VIRTUAL TABLE IF NOT EXISTS passage_terms USING fts5(
                context, heading, body, content = '', tokenize = 'porter unicode61 remove_diacritics 2');
            """);
        Execute(connection, $"INSERT OR REPLACE INTO meta(key, value) VALUES ('pipeline', '{PipelineVersion}');");
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
