namespace StakeholderBot.Storage.Tables;

// The service's entity limits, checked before sending so an oversized entity fails clearly instead of
// coming back as a bare 400 (and is never cut short).
public static class TableEntityRules
{
    public const int MaxEntityBytes = 1024 * 1024;
    public const int MaxCustomProperties = 252;
    public const int MaxStringChars = 32 * 1024; // 64 KiB of UTF-16
    public const int MaxBinaryBytes = 64 * 1024;
    public const int MaxPropertyNameLength = 255;

    public static void Validate(TableEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        TableKey.Validate(entity.GetString(TableEntity.PartitionKeyName), TableEntity.PartitionKeyName);
        TableKey.Validate(entity.GetString(TableEntity.RowKeyName), TableEntity.RowKeyName);
        var where = $"Entity (PartitionKey '{Shorten(entity.PartitionKey)}', RowKey '{Shorten(entity.RowKey)}')";

        var custom = entity.Keys.Count(k => k is not (TableEntity.PartitionKeyName or TableEntity.RowKeyName or TableEntity.TimestampName));
        if (custom > MaxCustomProperties)
            throw new ArgumentException($"{where} has {custom} properties; the Table service allows at most {MaxCustomProperties} besides the keys.", nameof(entity));

        long size = 4 + (entity.PartitionKey.Length + entity.RowKey.Length) * 2;
        foreach (var (name, value) in entity)
        {
            if (name is TableEntity.PartitionKeyName or TableEntity.RowKeyName or TableEntity.TimestampName) continue;
            CheckName(where, name);
            size += 8 + name.Length * 2 + ValueSize(where, name, value);
        }
        if (size > MaxEntityBytes)
            throw new ArgumentException($"{where} is {size:N0} bytes; the Table service allows at most 1 MiB ({MaxEntityBytes:N0} bytes).", nameof(entity));
    }

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
        _ => 8,
    };

    // Property names follow C# identifier rules and travel in URLs ($select), so nothing else is allowed.
    private static void CheckName(string where, string name)
    {
        var valid = name.Length <= MaxPropertyNameLength
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
            throw new ArgumentException($"{where}: '{Shorten(name)}' is not a valid property name (letters, digits and _, starting with a letter or _, at most {MaxPropertyNameLength}).", "entity");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
