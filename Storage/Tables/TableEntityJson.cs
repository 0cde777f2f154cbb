using System.Globalization;
using System.Text.Json;
using Azure;

namespace StakeholderBot.Storage.Tables;

// The Table service's JSON (minimal metadata): types JSON cannot carry are written and read with "Name@odata.type".
internal static class TableEntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static BinaryData Write(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in entity)
            {
                if (name == TableEntity.TimestampName) continue; // the service owns it
                WriteProperty(json, name, value);
            }
            json.WriteEndObject();
        }
        return new BinaryData(buffer.ToArray());
    }

    private static void WriteProperty(Utf8JsonWriter json, string name, object value)
    {
        switch (value)
        {
            case string s: json.WriteString(name, s); break;
            case int i: json.WriteNumber(name, i); break;
            case bool b: json.WriteBoolean(name, b); break;
            case long l: Typed(json, name, "Edm.Int64").WriteString(name, l.ToString(CultureInfo.InvariantCulture)); break;
            case double d when double.IsFinite(d): Typed(json, name, "Edm.Double").WriteNumber(name, d); break;
            case double d: Typed(json, name, "Edm.Double").WriteString(name, double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"); break;
            case DateTimeOffset t: Typed(json, name, "Edm.DateTime").WriteString(name, FormatDate(t)); break;
            case Guid g: Typed(json, name, "Edm.Guid").WriteString(name, g.ToString("D")); break;
            case byte[] bytes: Typed(json, name, "Edm.Binary").WriteBase64String(name, bytes); break;
            default: throw new ArgumentException($"Property '{name}' has an unsupported type {value.GetType().Name}.");
        }
    }

    private static Utf8JsonWriter Typed(Utf8JsonWriter json, string name, string edmType)
    {
        json.WriteString(name + TypeSuffix, edmType);
        return json;
    }

    internal static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static TableEntity Read(JsonElement json)
    {
        var entity = new TableEntity();
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name == "odata.etag") entity.ETag = new ETag(property.Value.GetString()!);
            if (name.StartsWith("odata.", StringComparison.Ordinal) || name.EndsWith(TypeSuffix, StringComparison.Ordinal)) continue;
            var edmType = json.TryGetProperty(name + TypeSuffix, out var t) ? t.GetString()
                : name == TableEntity.TimestampName ? "Edm.DateTime" : null;
            entity[name] = ReadValue(property.Value, edmType);
        }
        return entity;
    }

    private static object? ReadValue(JsonElement value, string? edmType) => (edmType, value.ValueKind) switch
    {
        (_, JsonValueKind.Null) => null,
        ("Edm.Int64", _) => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.Double", JsonValueKind.String) => double.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        ("Edm.Double", _) => value.GetDouble(),
        ("Edm.DateTime", _) => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        ("Edm.Guid", _) => Guid.Parse(value.GetString()!),
        ("Edm.Binary", _) => value.GetBytesFromBase64(),
        (_, JsonValueKind.String) => value.GetString(),
        (_, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
        (_, JsonValueKind.Number) when value.TryGetInt32(out var i) => i,
        (_, JsonValueKind.Number) => value.GetDouble(),
        _ => value.GetRawText(),
    };
}
