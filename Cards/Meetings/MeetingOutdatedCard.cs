using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Meetings;

// Replaces a meeting form card the user has moved on from (they opened the form again or started another),
// so it cannot change the form behind their back; they may pick the form up on this card instead.
public static class MeetingOutdatedCard
{
    public static JsonObject Build() => AdaptiveCard.Create(
        [AdaptiveCard.Container([AdaptiveCard.Text(
            "You went on with the meeting form on a newer card, so this one no longer works. Nothing was changed.", id: "outdated")],
            style: "emphasis")],
        [AdaptiveCard.Execute("Continue on this card", CardVerbs.MeetingResume, validate: false)]);
}
