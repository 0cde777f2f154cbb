using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Azure.Data.Tables;

namespace StakeholderBot.Storage;

// The service's entity limits, checked before sending so an oversized entity or a bad key fails clearly with
// ArgumentException (never as a 400, a 500 from an emulator that chokes on a key, or a retry) and is never cut
// short. Values are read the way the client's serializer reads them: a dictionary entity's entries, or a typed
// entity's public properties; null values are not stored, so they are not counted.
public static class EntityRules
{
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxStringChars = 32 * 1024; // 64 KiB of UTF-16
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxPropertyNameLength = 255;
    public const int MaxTransactionActions = 100;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static T Checked<T>(T entity) where T : ITableEntity
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKey.Validate(entity.PartitionKey, nameof(entity.PartitionKey));
        TableKey.Validate(entity.RowKey, nameof(entity.RowKey));
        var where = $"Entity (PartitionKey '{Shorten(entity.PartitionKey)}', RowKey '{Shorten(entity.RowKey)}')";

        var values = ValuesOf(entity).Where(p => p.Value is not null).ToList();
        if (values.Count > MaxCustomProperties)
            throw new ArgumentException($"{where} has {values.Count} properties; the Table service allows at most {MaxCustomProperties} besides the keys.", nameof(entity));
        long size = 4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2;
        foreach (var (name, value) in values)
        {
            CheckName(where, name);
            size += 8 + name.Length * 2 + ValueSize(where, name, value!);
        }
        if (size > MaxEntityBytes)
            throw new ArgumentException($"{where} is {size:N0} bytes; the Table service allows at most 1 MiB ({MaxEntityBytes:N0} bytes).", nameof(entity));
        return entity;
    }

    // An entity group transaction: 1 to 100 actions on distinct entities of one partition; deletes need only keys.
    public static IReadOnlyList<TableTransactionAction> CheckedTransaction(IReadOnlyList<TableTransactionAction> actions)
    {
        if (actions.Count is 0 or > MaxTransactionActions)
            throw new ArgumentException($"A transaction holds 1 to {MaxTransactionActions} actions; got {actions.Count}.", nameof(actions));
        foreach (var action in actions)
        {
            if (action.ActionType != TableTransactionActionType.Delete) Checked(action.Entity);
            else
            {
                TableKey.Validate(action.Entity.PartitionKey, nameof(action.Entity.PartitionKey));
                TableKey.Validate(action.Entity.RowKey, nameof(action.Entity.RowKey));
            }
        }
        if (actions.Select(a => a.Entity.PartitionKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
            throw new ArgumentException("All actions of a transaction must share one PartitionKey.", nameof(actions));
        if (actions.Select(a => a.Entity.RowKey).Distinct(StringComparer.Ordinal).Count() != actions.Count)
            throw new ArgumentException("A transaction may touch each entity only once.", nameof(actions));
        return actions;
    }

    private static IEnumerable<KeyValuePair<string, object?>> ValuesOf(ITableEntity entity) => entity is IDictionary<string, object> dictionary
        ? dictionary.Where(p => !IsSystem(p.Key)).Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))
        : Properties.GetOrAdd(entity.GetType(), Readable).Select(p => new KeyValuePair<string, object?>(p.Name, p.GetValue(entity)));

    private static PropertyInfo[] Readable(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(IgnoreDataMemberAttribute)) && !IsSystem(p.Name))
        .ToArray();

    private static bool IsSystem(string name) =>
        name is nameof(ITableEntity.PartitionKey) or nameof(ITableEntity.RowKey) or nameof(ITableEntity.Timestamp) or nameof(ITableEntity.ETag)
        || name.StartsWith("odata.", StringComparison.Ordinal);

    private static long ValueSize(string where, string name, object value) => value switch
    {
        string s when s.Length > MaxStringChars => throw new ArgumentException(
            $"{where}: property '{name}' is {s.Length:N0} characters; a string property may hold at most {MaxStringChars:N0} (64 KiB).", "entity"),
        string s => 4 + s.Length * 2,
        byte[] b when b.Length > MaxBinaryBytes => throw new ArgumentException(
            $"{where}: property '{name}' is {b.Length:N0} bytes; a binary property may hold at most {MaxBinaryBytes:N0} (64 KiB).", "entity"),
        byte[] b => 4 + b.Length,
        int => 4,
        bool => 1,
        Guid => 16,
        long or double or DateTimeOffset or DateTime => 8,
        _ => throw new ArgumentException(
            $"{where}: property '{name}' has type {value.GetType().Name}, which the Table service cannot store. Use string, int, long, double, bool, DateTimeOffset, Guid or byte[].", "entity"),
    };

    // Property names follow C# identifier rules and travel in URLs ($select), so nothing else is allowed.
    private static void CheckName(string where, string name)
    {
        var valid = name.Length is > 0 and <= MaxPropertyNameLength
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
            throw new ArgumentException(
                $"{where}: '{Shorten(name)}' is not a valid property name (letters, digits and _, starting with a letter or _, at most {MaxPropertyNameLength}).", "entity");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
