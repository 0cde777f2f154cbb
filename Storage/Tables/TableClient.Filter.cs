using System.Globalization;

namespace StakeholderBot.Storage.Tables;

// Filters: each interpolated value becomes a typed, escaped OData literal. This file is the only place
// where OData text (filters, entity and table addresses) meets values.
public sealed partial class TableClient
{
    public static string CreateQueryFilter(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select((value, i) => (object)ODataLiteral(value, i)).ToArray();
        return string.Format(CultureInfo.InvariantCulture, filter.Format, literals);
    }

    internal static string ODataLiteral(object? value, int position = 0) => value switch
    {
        null => "null",
        string s => Quote(s),
        char c => Quote(c.ToString()),
        bool b => b ? "true" : "false",
        int or short or byte or sbyte or ushort => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        long or uint => Convert.ToString(value, CultureInfo.InvariantCulture) + "L",
        double d => Number(d),
        float f => Number(f),
        DateTimeOffset t => $"datetime'{TableEntityJson.FormatDate(t)}'",
        DateTime t => ODataLiteral(t.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(t, TimeSpan.Zero) : new DateTimeOffset(t)),
        Guid g => $"guid'{g:D}'",
        byte[] bytes => $"X'{Convert.ToHexString(bytes)}'",
        BinaryData data => $"X'{Convert.ToHexString(data.ToArray())}'",
        Enum e => Quote(e.ToString()),
        _ => throw new ArgumentException(
            $"Filter value {position} has type {value.GetType().Name}, which has no OData literal; pass a string, number, bool, DateTimeOffset, Guid or byte[].", nameof(value)),
    };

    // Entity address: (PartitionKey='..',RowKey='..') with the same quoting as string literals, percent-encoded for the path.
    internal string EntityPath(string partitionKey, string rowKey)
    {
        TableKey.Validate(partitionKey, nameof(partitionKey));
        TableKey.Validate(rowKey, nameof(rowKey));
        return $"/{Name}(PartitionKey={Uri.EscapeDataString(Quote(partitionKey))},RowKey={Uri.EscapeDataString(Quote(rowKey))})";
    }

    private string TablePath() => $"/Tables({Uri.EscapeDataString(Quote(Name))})";

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    // Always written with a decimal point or exponent so the service reads it as Edm.Double.
    private static string Number(double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException("Filter values must be finite numbers.", nameof(d));
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
