namespace StakeholderBot.Dialogs.Proactive;

// A recipient's wall clock from the IANA time zone name their Teams client reported; UTC when none was reported
// or the name is unknown here.
public static class LocalTime
{
    public static DateTime Of(string? timeZone, DateTimeOffset utcNow) =>
        TimeZoneInfo.ConvertTime(utcNow, ZoneOf(timeZone)).DateTime;

    public static DateOnly TodayOf(string? timeZone, DateTimeOffset utcNow) => DateOnly.FromDateTime(Of(timeZone, utcNow));

    public static TimeZoneInfo ZoneOf(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public static bool IsKnown(string? timeZone) => ZoneOf(timeZone) != TimeZoneInfo.Utc || timeZone is "UTC" or "Etc/UTC";
}
