using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace StakeholderBot.Storage.Tables;

// IDictionary plumbing; setting a property to null removes it, as the service never stores nulls.
public sealed partial class TableEntity : IDictionary<string, object>
{
    public object? this[string key]
    {
        get => _values.GetValueOrDefault(key);
        set
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            if (Normalize(key, value) is { } normalized) _values[key] = normalized;
            else _values.Remove(key);
        }
    }

    object IDictionary<string, object>.this[string key]
    {
        get => _values[key];
        set => this[key] = value;
    }

    public ICollection<string> Keys => _values.Keys;

    public ICollection<object> Values => _values.Values;

    public int Count => _values.Count;

    bool ICollection<KeyValuePair<string, object>>.IsReadOnly => false;

    public void Add(string key, object value)
    {
        if (_values.ContainsKey(key)) throw new ArgumentException($"Property '{key}' is already set.", nameof(key));
        this[key] = value;
    }

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool Remove(string key) => _values.Remove(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value) => _values.TryGetValue(key, out value);

    public void Clear() => _values.Clear();

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, object>>.Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object>>.Contains(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)_values).Contains(item);

    void ICollection<KeyValuePair<string, object>>.CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object>>)_values).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object>>.Remove(KeyValuePair<string, object> item) =>
        ((ICollection<KeyValuePair<string, object>>)_values).Remove(item);
}
