using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Where a name was met: meetings in date, partition and id order, then the name's place in the meeting's list.
internal readonly record struct NamePosition(DateOnly Date, string PartitionKey, string MeetingId, int Index)
{
    public static readonly Comparer<NamePosition> Order = Comparer<NamePosition>.Create((a, b) =>
    {
        var c = a.Date.CompareTo(b.Date);
        if (c == 0) c = string.CompareOrdinal(a.PartitionKey, b.PartitionKey);
        if (c == 0) c = string.CompareOrdinal(a.MeetingId, b.MeetingId);
        return c != 0 ? c : a.Index.CompareTo(b.Index);
    });
}

// "Chamber of Commerce Milan" and "chamber of commerce  milan" are one organisation (one slug), shown in the spelling
// met first as if every meeting had been read in date order, whatever order they arrive in. Holds one entry per
// distinct name, plus each distinct spelling's slug so a name typed a thousand times is slugged once.
internal sealed class DistinctNames
{
    private readonly Dictionary<string, (string Name, NamePosition At)> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> slugs = new(StringComparer.Ordinal);

    public int Count => bySlug.Count;

    public void Add(string name, NamePosition at)
    {
        if (!slugs.TryGetValue(name, out var slug)) slugs[name] = slug = MeetingKeys.Slug(name);
        if (!bySlug.TryGetValue(slug, out var known) || NamePosition.Order.Compare(at, known.At) < 0) bySlug[slug] = (name, at);
    }

    // Sorted for people; names that sort as equal keep the order they were first met in.
    public IReadOnlyList<string> Sorted() => bySlug.Values
        .OrderBy(v => v.Name, StringComparer.CurrentCultureIgnoreCase)
        .ThenBy(v => v.At, NamePosition.Order)
        .Select(v => v.Name)
        .ToList();
}
