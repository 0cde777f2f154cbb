using Microsoft.Extensions.Options;
using StakeholderBot.Storage;

namespace StakeholderBot.Dialogs.Meetings;

// Checked at start-up; each failure names its key.
public sealed class MeetingsOptionsValidator : IValidateOptions<MeetingsOptions>
{
    public ValidateOptionsResult Validate(string? name, MeetingsOptions options)
    {
        var failures = new List<string>();
        if (!StorageTables.IsValidName(options.Table)) failures.Add($"Meetings:Table '{options.Table}' is not a valid table name.");
        if (options.IndexSyncSeconds is < 1 or > 3600)
            failures.Add($"Meetings:IndexSyncSeconds must be a whole number of seconds from 1 to 3600, got '{options.IndexSyncSeconds}'.");
        if (options.FullSyncSeconds is < 1 or > 86_400)
            failures.Add($"Meetings:FullSyncSeconds must be a whole number of seconds from 1 to 86400, got '{options.FullSyncSeconds}'.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
