using System.Globalization;

namespace StakeholderBot.Storage;

// Keys of a change log: one partition per UTC day, rows in time order (ticks) made unique by an entry id, so each
// bot instance reads what changed since its last look with one row-key range per day.
public static class ChangeLogKeys
{
    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string RowKey(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    public static string NewRowKey(DateTimeOffset at) => RowKey(at) + "|" + Guid.NewGuid().ToString("N");

    public static DateTimeOffset TimeOf(string rowKey) => new(long.Parse(rowKey[..19], CultureInfo.InvariantCulture), TimeSpan.Zero);

    // Every day a row written at or after `since` can be in, up to tomorrow (writers' clocks may run ahead).
    public static IEnumerable<DateOnly> DaysSince(DateTimeOffset since, DateTimeOffset now)
    {
        var last = DateOnly.FromDateTime(now.UtcDateTime.AddDays(1));
        for (var day = DateOnly.FromDateTime(since.UtcDateTime); day <= last; day = day.AddDays(1)) yield return day;
    }
}
