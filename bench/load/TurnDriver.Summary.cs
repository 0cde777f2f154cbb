using System.Globalization;
using System.Text.Json.Nodes;

namespace StakeholderBot.Bench.Load;

public sealed partial class TurnDriver
{
    // A summary of a seeded partner-year: the card must count every seeded meeting.
    public async Task SummaryAsync(SimUser user, string text, int meetings)
    {
        var reply = await TimedAsync("seeded summary", () => bot.SayAsync(user, text));
        if (reply is null) return;
        var events = reply.Cards.SelectMany(c => c["body"]?.AsArray() ?? []).OfType<JsonObject>()
            .SelectMany(e => e["facts"]?.AsArray() ?? []).FirstOrDefault(f => f?["title"]?.ToString() == "Events held")?["value"]?.ToString();
        if (events != meetings.ToString(CultureInfo.InvariantCulture))
            Fail("seeded summary", $"Events held {events ?? "(no card)"}, expected {meetings}: " + Text(reply.Replies));
    }
}
