namespace StakeholderBot.Dialogs.Meetings;

// The first `capacity` items seen so far under `order`, best first; an item after the last is dropped at once, so
// folding thousands of items costs one comparison each and keeps `capacity` of them.
internal sealed class TopList<T>(int capacity, IComparer<T> order)
{
    private readonly List<T> items = new(capacity + 1);

    public IReadOnlyList<T> Items => items;

    public void Add(T item)
    {
        if (capacity == 0 || items.Count == capacity && order.Compare(item, items[^1]) >= 0) return;
        var at = items.BinarySearch(item, order);
        items.Insert(at < 0 ? ~at : at, item);
        if (items.Count > capacity) items.RemoveAt(items.Count - 1);
    }

    public bool Contains(T item) => items.BinarySearch(item, order) >= 0;
}
