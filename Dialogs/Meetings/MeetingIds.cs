using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StakeholderBot.Cards.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Form ids come from the activity that opened the form, so a redelivered activity yields the same id and
// the save it leads to stays idempotent. The form id of a new meeting is the meeting's id.
public static partial class MeetingIds
{
    public static string ForForm(Turn turn) => string.IsNullOrEmpty(turn.ActivityId)
        ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(turn.Conversation.Id + "\n" + turn.ActivityId)))[..24];

    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    // Partition keys (project|place) arrive back in card data; only the shape the store writes is accepted.
    public static bool IsPartition(string? pk) =>
        pk?.Split('|') is [var project, var place] && MeetingChoices.Contains(MeetingChoices.Projects, project) && PlacePattern().IsMatch(place);

    public static bool IsActionRow(string? rk) => rk is not null && ActionRowPattern().IsMatch(rk);

    [GeneratedRegex("^[0-9a-f]{24}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[\p{L}\p{Nd}-]{1,80}\z")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"^d[0-9]{8}\|[0-9a-f]{24}\|a[0-9]{2}$")]
    private static partial Regex ActionRowPattern();
}
