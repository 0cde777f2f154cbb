using System.Globalization;
using System.Text;

namespace StakeholderBot.Storage.Meetings;

// Key layout of the meetings table (one table, so a meeting and its action items share a partition and can
// be written in one entity group transaction):
//   PK {project}|{partner-slug}   RK d{yyyyMMdd}|{id}          the meeting, ordered by date
//                                 RK d{yyyyMMdd}|{id}|{item}   its action items, right after it
//                                 RK i|{id}                    id -> date pointer; its insert makes saves idempotent
//   PK _partners                  RK {project}|{partner-slug}  directory: which partitions exist, with region names
//   PK _changes|{yyyyMMdd}        RK {ticks}|{entry}           change log other instances read to update their index
public static class MeetingKeys
{
    public const string PartnersPartition = "_partners";
    public const string ChangesPartitionPrefix = "_changes|";
    private const string DatePrefix = "d";
    private const string PointerPrefix = "i|";

    public static string Partition(string project, string partner) => project + "|" + Slug(partner);

    public static string MeetingRow(DateOnly date, string id) => DatePrefix + Day(date) + "|" + id;

    public static string ActionRow(DateOnly meetingDate, string meetingId, string itemId) =>
        MeetingRow(meetingDate, meetingId) + "|" + itemId;

    public static string PointerRow(string id) => PointerPrefix + id;

    // Every meeting row and action row dated from..to (inclusive) sorts in [low, high).
    public static (string Low, string High) DateRange(DateOnly from, DateOnly to) =>
        (DatePrefix + Day(from) + "|", DatePrefix + Day(to.AddDays(1)) + "|");

    // Meeting rows have two segments, action rows three.
    public static bool IsActionRow(string rowKey) => rowKey.StartsWith(DatePrefix) && rowKey.Count(c => c == '|') == 2;

    public static bool IsMeetingRow(string rowKey) => rowKey.StartsWith(DatePrefix) && rowKey.Count(c => c == '|') == 1;

    public static string ChangesPartition(DateOnly day) => ChangesPartitionPrefix + ChangeLogKeys.Day(day);

    public static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // Partner names are typed by people ("Lombardy Region", "Région Sud"); the key uses a folded slug so
    // spelling variants in case and accents land in one partition and no key-illegal character gets through.
    public static string Slug(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        if (result.Length > 80) result = result[..80].TrimEnd('-');
        return result.Length > 0 ? result : "unnamed";
    }
}
