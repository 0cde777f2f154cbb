using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using StakeholderBot.Cards;
using StakeholderBot.Cards.Meetings;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// `meetings [project] [partner or region] [period]` and the Done buttons on its card.
public sealed partial class MeetingFlow
{
    public static readonly TimeSpan NarrativeTimeout = TimeSpan.FromSeconds(20);

    public async Task<TurnResult> SummaryAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!access.IsProjectManager(turn.User)) return TurnResult.SayText(Refusal);
        try
        {
            var (card, text) = await SummaryCardAsync(turn.Text, turn.Language, notice: null, cancellationToken);
            return card is null ? TurnResult.SayText(text!) : TurnResult.Say(Reply.FromCard(card));
        }
        catch (StoreUnavailableException e)
        {
            logger.LogWarning("Meeting summary failed, store unavailable (activity {ActivityId}): {Error}", turn.ActivityId, e.Message);
            return TurnResult.SayText("The meeting store cannot be reached right now. Please try again in a minute.");
        }
    }

    private async Task<TurnResult> DoneAsync(Turn turn, CardAction action, CancellationToken cancellationToken)
    {
        var pk = action.Values.GetValueOrDefault(MeetingFields.MeetingPartition);
        var rk = action.Values.GetValueOrDefault("rk");
        var etag = action.Values.GetValueOrDefault(MeetingFields.ETag);
        var query = action.Values.GetValueOrDefault(MeetingSummaryCard.QueryKey) ?? "meetings";
        if (!MeetingIds.IsPartition(pk) || !MeetingIds.IsActionRow(rk) || string.IsNullOrEmpty(etag)) return Invalid(turn);

        var notice = await store.MarkDoneAsync(pk!, rk!, etag, turn.User.AadObjectId ?? turn.User.Id, cancellationToken) switch
        {
            DoneResult.Done { Already: false } done => $"Marked done: {done.Item.Item.What}",
            DoneResult.Done done => $"Already marked done: {done.Item.Item.What}",
            DoneResult.Changed changed => $"Not marked done: \"{changed.Current.Item.What}\" was changed since this summary was made. Here is the current summary.",
            _ => "Not marked done: that action item no longer exists. Here is the current summary.",
        };
        var (card, text) = await SummaryCardAsync(query, turn.Language, notice, cancellationToken);
        return card is null ? Message(action, notice + " " + text) : Card(action, card);
    }

    // Either a card or, when the request names no known partner, a text saying which ones exist. The card is in English;
    // its CSV is in the manager's language.
    private async Task<(JsonObject? Card, string? Text)> SummaryCardAsync(string query, string language, string? notice,
        CancellationToken cancellationToken)
    {
        var request = SummaryRequest.Parse(query, Today);
        // Meetings stream into the tally; the long texts are read only when a narrator will use them.
        var tally = new MeetingTally(Today, narrator.MeetingsWanted);
        var columns = narrator.MeetingsWanted > 0 ? MeetingColumns.All : MeetingColumns.Summary;
        var (answer, missing) = await queries.TallyAsync(request.Project, request.Place, request.Period, tally, columns, cancellationToken);
        if (answer is null)
        {
            // Both the request and the stored names are user text: shown as typed, never as markdown.
            var known = string.Join(", ", missing!.Known.Select(p => Markdown.Escape($"{p.Partner} ({p.Region})")).Distinct().Take(20));
            return (null, known.Length == 0
                ? "No meetings have been logged yet. Type **log meeting** to log one."
                : $"I found no partner or region matching \"{Markdown.Escape(missing.Place)}\". Partners with logged meetings: {known}.");
        }
        // Nothing in the selection is said in one line, not with a card of zeros and a CSV of headers.
        if (tally.EventsHeld == 0)
            return (null, $"No meetings logged for {Markdown.Escape(answer.Scope)} in {request.Period.Label}. Type **log meeting** to log one.");
        var narrative = await NarrativeAsync(tally, answer.Scope, request.Period, cancellationToken);
        var csv = links.Export(MeetingsCsvExport.ExportKind, MeetingsCsvExport.Arguments(request, language));
        var view = MeetingSummaryViewBuilder.Build(tally, answer.Scope, request.Period, query, narrative, csv, notice);
        return (MeetingSummaryCard.Build(view), null);
    }

    // The structured summary never waits long for a model, and stands alone when there is none.
    private async Task<string?> NarrativeAsync(MeetingTally tally, string scope, Period period, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(NarrativeTimeout);
        try
        {
            return await narrator.NarrateAsync(new MeetingDigest(tally.Totals(), tally.Latest), scope, period, timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Meeting narrative failed; the summary is sent without it");
            return null;
        }
    }
}
