namespace StakeholderBot.Storage.Meetings;

public abstract record SaveResult
{
    // AlreadySaved: the same form was saved before (a redelivered Action.Execute); nothing was written twice.
    public sealed record Saved(Meeting Meeting, bool AlreadySaved = false) : SaveResult;

    // Someone changed the meeting after the form was opened; Current is what is stored now.
    public sealed record Conflict(Meeting? Current) : SaveResult;

    public sealed record NotFound : SaveResult;
}

public abstract record DoneResult
{
    public sealed record Done(StoredActionItem Item, bool Already = false) : DoneResult;

    public sealed record Changed(StoredActionItem Current) : DoneResult;

    public sealed record NotFound : DoneResult;
}

// A partition that holds meetings: one project's partner, with the region it works in.
public sealed record PartnerEntry(string Project, string Partner, string Region, string PartitionKey);

// An entry of the change log: a meeting was written (or is about to be) in this partition.
public sealed record MeetingChange(string EntryKey, DateTimeOffset At, string PartitionKey, string MeetingId);
