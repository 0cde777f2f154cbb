using Azure;

namespace StakeholderBot.Storage.Tables;

// A dictionary entity like Azure.Data.Tables' TableEntity. Values are kept as the .NET type that maps to
// their Edm type: string, int, long, double, bool, DateTimeOffset, Guid, byte[].
public sealed partial class TableEntity
{
    public const string PartitionKeyName = "PartitionKey";
    public const string RowKeyName = "RowKey";
    public const string TimestampName = "Timestamp";

    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public TableEntity() { }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    public TableEntity(IDictionary<string, object> values)
    {
        foreach (var (key, value) in values) this[key] = value;
    }

    public string PartitionKey
    {
        get => GetString(PartitionKeyName) ?? "";
        set => this[PartitionKeyName] = value;
    }

    public string RowKey
    {
        get => GetString(RowKeyName) ?? "";
        set => this[RowKeyName] = value;
    }

    public DateTimeOffset? Timestamp
    {
        get => GetDateTimeOffset(TimestampName);
        set => this[TimestampName] = value;
    }

    public ETag ETag { get; set; }

    public string? GetString(string key) => Get<string>(key, "String");

    public byte[]? GetBinary(string key) => Get<byte[]>(key, "Binary");

    public bool? GetBoolean(string key) => GetValue<bool>(key, "Boolean");

    public DateTimeOffset? GetDateTimeOffset(string key) => GetValue<DateTimeOffset>(key, "DateTime");

    public Guid? GetGuid(string key) => GetValue<Guid>(key, "Guid");

    public double? GetDouble(string key) => Raw(key) switch
    {
        null => null,
        double d => d,
        int i => i,
        long l => l,
        var other => throw WrongType(key, other, "Double"),
    };

    public int? GetInt32(string key) => Raw(key) switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        var other => throw WrongType(key, other, "Int32"),
    };

    public long? GetInt64(string key) => Raw(key) switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw WrongType(key, other, "Int64"),
    };

    private object? Raw(string key) => _values.GetValueOrDefault(key);

    private T? Get<T>(string key, string edmName) where T : class => Raw(key) switch
    {
        null => null,
        T value => value,
        var other => throw WrongType(key, other, edmName),
    };

    private T? GetValue<T>(string key, string edmName) where T : struct => Raw(key) switch
    {
        null => null,
        T value => value,
        var other => throw WrongType(key, other, edmName),
    };

    private static InvalidOperationException WrongType(string key, object value, string wanted) =>
        new($"Property '{key}' holds a {value.GetType().Name}, not an Edm.{wanted}.");

    // Only Edm-mappable types go in, so serialisation can never meet a value it cannot type.
    private static object? Normalize(string key, object? value) => value switch
    {
        null => null,
        string or int or long or double or bool or DateTimeOffset or Guid or byte[] => value,
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
        float f => (double)f,
        short or byte or sbyte or ushort => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture),
        uint u => (long)u,
        BinaryData data => data.ToArray(),
        Enum e => e.ToString(),
        _ => throw new ArgumentException(
            $"Property '{key}' has type {value.GetType().Name}, which the Table service cannot store. Use string, int, long, double, bool, DateTimeOffset, Guid or byte[].", nameof(value)),
    };
}
