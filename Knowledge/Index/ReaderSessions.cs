using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace StakeholderBot.Knowledge.Index;

// Open connections with their statements prepared once: a question runs a few small queries, and opening a
// connection and compiling SQL each time would cost more than the queries themselves.
public sealed class ReaderSessions(IndexDatabase database) : IDisposable
{
    // A burst of parallel questions opens more sessions than the cores can use at once; beyond this many idle ones
    // they are disposed: their prepared statements are released and the connection goes back to SQLite's pool
    // (whose page caches the process-wide soft heap limit in IndexDatabase keeps small). Requests preempted inside a
    // query hold theirs meanwhile, so under steady load more are in use than there are cores: too few kept idle and
    // sessions are opened and their statements compiled again all the time (measured at 16 parallel questions on 2 cores).
    private static readonly int MaxIdle = Math.Max(8, 4 * Environment.ProcessorCount);
    private readonly ConcurrentBag<Session> idle = [];
    private int idleCount;

    public T Use<T>(Func<Session, T> work)
    {
        Session session;
        if (idle.TryTake(out var reused)) { Interlocked.Decrement(ref idleCount); session = reused; }
        else session = new Session(database.Open());
        try
        {
            var result = work(session);
            if (Interlocked.Increment(ref idleCount) <= MaxIdle) idle.Add(session);
            else { Interlocked.Decrement(ref idleCount); session.Dispose(); }
            return result;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var session)) session.Dispose();
    }

    public sealed class Session(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        // A prepared command for this SQL, with its parameters set from the values given.
        public SqliteCommand Command(string sql, params (string Name, object Value)[] values)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                foreach (var (name, _) in values) command.Parameters.Add(new SqliteParameter(name, null));
                command.Prepare();
                commands[sql] = command;
            }
            foreach (var (name, value) in values) command.Parameters[name].Value = value;
            return command;
        }

        public void Dispose()
        {
            foreach (var command in commands.Values) command.Dispose();
            connection.Dispose();
        }
    }
}
