using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StakeholderBot.Dialogs.Survey.Definitions;

// Reads the properties of one JSON object in a definition, reporting every problem with where it is
// ("surveys/x.json: question 'employees': ...") instead of stopping at the first.
internal sealed class JsonFields(JsonObject node, string where, List<string> errors)
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public string Where => where;

    public List<string> Errors => errors;

    public bool Has(string key) => node.ContainsKey(key);

    public void Error(string message) => errors.Add($"{where}: {message}");

    public string? String(string key, bool required = false)
    {
        var value = Get(key, required);
        if (value is null) return null;
        if (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text) return text;
        Error($"'{key}' must be a non-empty string");
        return null;
    }

    public bool Bool(string key)
    {
        var value = Get(key, required: false);
        if (value is null) return false;
        if (value.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return value.GetValue<bool>();
        Error($"'{key}' must be true or false");
        return false;
    }

    public decimal? Number(string key, bool required = false)
    {
        var value = Get(key, required);
        if (value is null) return null;
        if (value.GetValueKind() == JsonValueKind.Number && value.AsValue().TryGetValue<decimal>(out var number)) return number;
        Error($"'{key}' must be a number");
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var number = Number(key, required);
        if (number is null) return null;
        if (number == decimal.Truncate(number.Value) && number is >= 0 and <= int.MaxValue) return (int)number.Value;
        Error($"'{key}' must be a whole number of at least 0");
        return null;
    }

    // A fixed date (yyyy-MM-dd) or "today", the day the respondent answers.
    public DateBound? Date(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (text == DateBound.TodayWord) return DateBound.Today;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return new DateBound(date);
        Error($"'{key}' must be a date as yyyy-MM-dd or \"{DateBound.TodayWord}\", got '{text}'");
        return null;
    }

    public JsonArray? Array(string key, bool required = false)
    {
        var value = Get(key, required);
        if (value is null) return null;
        if (value is JsonArray array) return array;
        Error($"'{key}' must be an array");
        return null;
    }

    public JsonObject? Object(string key, bool required = false)
    {
        var value = Get(key, required);
        if (value is null) return null;
        if (value is JsonObject obj) return obj;
        Error($"'{key}' must be an object");
        return null;
    }

    public IReadOnlyList<string>? Strings(string key, bool required = false)
    {
        var array = Array(key, required);
        if (array is null) return null;
        var items = array.Select(i => i?.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : null).ToList();
        if (items.All(i => !string.IsNullOrEmpty(i))) return items!;
        Error($"'{key}' must be an array of non-empty strings");
        return null;
    }

    // Every declared locale must be present and non-empty: a missing translation is a definition error.
    public LocalizedText? Text(string key, IReadOnlyList<string> locales, bool required = false)
    {
        var obj = Object(key, required);
        if (obj is null) return null;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (locale, value) in obj)
        {
            if (!locales.Contains(locale)) Error($"'{key}' has a text in '{locale}', which is not one of the survey's locales");
            else if (value?.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim() is { Length: > 0 } text)
                texts[locale] = text;
            else Error($"'{key}' in '{locale}' must be a non-empty string");
        }
        var missing = locales.Where(l => !obj.ContainsKey(l)).ToList();
        if (missing.Count > 0) Error($"'{key}' is missing the translation for {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        return texts.ContainsKey(LocalizedText.Fallback) ? new LocalizedText(texts) : null;
    }

    // Catches typos such as "requird" that would otherwise be ignored silently.
    public void RejectUnknown()
    {
        foreach (var key in node.Select(p => p.Key).Where(k => !read.Contains(k)))
            Error($"unknown property '{key}'");
    }

    public void Allow(params string[] keys) => read.UnionWith(keys);

    private JsonNode? Get(string key, bool required)
    {
        read.Add(key);
        if (node.TryGetPropertyValue(key, out var value) && value is not null) return value;
        if (required) Error($"'{key}' is required");
        return null;
    }
}
