namespace StakeholderBot.Dialogs;

// Settings the flows need, read and validated by the host from configuration.
public sealed record DialogOptions(IReadOnlyList<string> ProjectManagers, Uri PublicBaseUrl);
