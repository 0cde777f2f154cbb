using Microsoft.Extensions.Options;
using StakeholderBot.Cards.Meetings;

namespace StakeholderBot.Dialogs.Partners;

// Checked at start-up; each failure names its key.
public sealed class PartnerOptionsValidator : IValidateOptions<PartnerOptions>
{
    public ValidateOptionsResult Validate(string? name, PartnerOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Regions.Count; i++)
        {
            var region = options.Regions[i];
            var key = $"{PartnerOptions.Section}:Regions:{i}";
            if (!MeetingChoices.Contains(MeetingChoices.Projects, region.Project ?? ""))
                failures.Add($"{key}:Project must be one of {string.Join(", ", MeetingChoices.Projects.Select(p => p.Value))}, got '{region.Project}'.");
            if (string.IsNullOrWhiteSpace(region.Partner)) failures.Add($"{key}:Partner must name the partner organisation.");
            if (string.IsNullOrWhiteSpace(region.Region)) failures.Add($"{key}:Region must name the region.");
            if (!Countries.IsKnown(region.Country ?? ""))
                failures.Add($"{key}:Country must be a country code such as 'de' (one of {string.Join(", ", Countries.Codes)}), got '{region.Country}'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
