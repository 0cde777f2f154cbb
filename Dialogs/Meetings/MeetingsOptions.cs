using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

// Section Meetings: the table meetings live in, and how often stored meetings are read into the question index
// (changes since the last read, and all of them).
public sealed class MeetingsOptions
{
    public const string Section = "Meetings";

    public string Table { get; set; } = MeetingStore.DefaultTable;
    public int IndexSyncSeconds { get; set; } = 30;
    public int FullSyncSeconds { get; set; } = 300;
}
