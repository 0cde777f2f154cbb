using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Proactive;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Proactive;

namespace StakeholderBot.Dialogs.Reminders;

// The morning reminder: once a manager's local clock has passed Hour, one message with their due action items,
// or nothing when none is due (looked at again every Lease that day). Every instance runs this; the send ledger (one row per manager and local day)
// lets exactly one of them send, and a run that dies leaves its unsettled claims to a later run.
public sealed class ActionReminders(
    ManagerProfileStore profiles,
    SendLedger ledger,
    ActionItemsDue items,
    IProactiveSender sender,
    AccessPolicy access,
    Pseudonyms pseudonyms,
    ScheduleOptions options,
    TimeProvider time,
    ILogger<ActionReminders> logger)
{
    public const string Job = "actions";
    private const int ParallelManagers = 4;

    // How many reminders this run sent.
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = (await profiles.ListAsync(cancellationToken))
            // A manager taken off Access:ProjectManagers gets nothing more.
            .Where(p => p.RemindersOn && access.IsProjectManager(new UserRef("", p.UserKey, null)))
            .Select(p => (Profile: p, Local: LocalTime.Of(p.TimeZone, now)))
            .Where(p => p.Local.Hour >= options.Hour)
            .ToList();
        if (waiting.Count == 0) return 0;

        var claims = new List<(ManagerProfile Profile, DateOnly Today, SendClaim Claim)>();
        foreach (var day in waiting.GroupBy(p => DateOnly.FromDateTime(p.Local)))
        {
            var taken = await ledger.TakenAsync(Job, Period(day.Key), options.Lease, cancellationToken);
            foreach (var (profile, _) in day.Where(p => !taken.Contains(LedgerKey(p.Profile))))
                if (await ledger.TryClaimAsync(Job, Period(day.Key), LedgerKey(profile), SendLedger.ThisInstance, options.Lease, cancellationToken) is { } claim)
                    claims.Add((profile, day.Key, claim));
        }
        if (claims.Count == 0) return 0;

        IReadOnlyDictionary<string, List<ActionItemsDue.Due>> open;
        try
        {
            open = await items.OpenByManagerAsync(cancellationToken);
        }
        catch
        {
            await ReleaseAllAsync(claims.Select(c => c.Claim));
            throw;
        }
        var sent = 0;
        await Parallel.ForEachAsync(claims, new ParallelOptions { MaxDegreeOfParallelism = ParallelManagers, CancellationToken = cancellationToken },
            async (claim, ct) =>
            {
                if (await RemindAsync(claim.Profile, claim.Today, claim.Claim, open, ct)) Interlocked.Increment(ref sent);
            });
        return sent;
    }

    private async Task<bool> RemindAsync(ManagerProfile profile, DateOnly today, SendClaim claim,
        IReadOnlyDictionary<string, List<ActionItemsDue.Due>> open, CancellationToken cancellationToken)
    {
        try
        {
            var due = items.DueOn(open.GetValueOrDefault(profile.UserKey) ?? [], today);
            // Nothing due: nothing is sent, and the claim is left to run out, so that an item logged or moved later
            // that day is still reminded (once) after the lease, without reading every meeting at every check.
            if (due.Count == 0) return false;
            var result = await sender.SendAsync(profile.ConversationId, Reply.FromCard(items.Card(due, today)), cancellationToken);
            if (result == ProactiveResult.Failed)
            {
                logger.LogWarning("Action-item reminder for {Day} not delivered; a later run tries again", Period(today));
                await ledger.ReleaseAsync(claim, cancellationToken);
                return false;
            }
            await ledger.SettleAsync(claim, result == ProactiveResult.Delivered ? "sent" : "unreachable", cancellationToken);
            return result == ProactiveResult.Delivered;
        }
        catch (Exception e) when (e is StoreException && !cancellationToken.IsCancellationRequested)
        {
            // An unsettled claim is taken over once its lease runs out.
            logger.LogWarning("Action-item reminder for {Day} interrupted by storage: {Reason}", Period(today), e.Message);
            return false;
        }
    }

    private async Task ReleaseAllAsync(IEnumerable<SendClaim> claims)
    {
        foreach (var claim in claims)
        {
            try { await ledger.ReleaseAsync(claim); }
            catch (StoreException) { } // its lease runs out instead
        }
    }

    // The ledger knows a manager by their respondent code, never by a Teams id (rows from before the code was
    // stored get it from their user key, which is their Entra object id).
    private string LedgerKey(ManagerProfile profile) =>
        profile.Respondent is { Length: > 0 } code ? code : pseudonyms.Of(new UserRef("", profile.UserKey, null));

    private static string Period(DateOnly day) => Storage.Meetings.MeetingKeys.Day(day);
}
