namespace StakeholderBot.Cards.Privacy;

// What is stored about one respondent, as the card shows it: every text already in the reader's language.
public sealed record PersonalDataView(
    string Language,
    string Code,
    IReadOnlyList<StoredResponseView> Responses,
    IReadOnlyList<StoredContactView> Contacts,
    IReadOnlyList<StoredFeedbackView> Feedback,
    int SavedProgress,
    IReadOnlyList<StoredReminderSettingsView> ReminderSettings)
{
    public bool IsEmpty => Counts.Total == 0;

    public DataCounts Counts => new(Responses.Count, Contacts.Count, SavedProgress, Feedback.Count, ReminderSettings.Count);
}

public sealed record StoredResponseView(string Survey, string Submitted, IReadOnlyList<(string Question, string Answer)> Answers);

public sealed record StoredContactView(string Email, string Survey, string Given);

public sealed record StoredFeedbackView(string When, bool Liked, string Question, string? Comment);

// A project manager's reminder settings. Name only on rows written when the bot still kept it.
public sealed record StoredReminderSettingsView(string? Name, string TimeZone, string Locale, bool RemindersOn);

// How many records of each kind: what a deletion will erase, or did.
public sealed record DataCounts(int Responses, int Contacts, int SavedProgress, int Feedback, int ReminderSettings)
{
    public int Total => Responses + Contacts + SavedProgress + Feedback + ReminderSettings;
}
