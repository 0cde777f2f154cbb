namespace StakeholderBot.Resilience.Tests;

// The bot as these tests run it: real storage, one project manager, a fixed export key.
public static class ResilienceSettings
{
    public const string Manager = "7a1c2f64-93b1-4a7e-9a52-1f2b3c4d5e6f";
    public const string Stakeholder = "0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a";

    public static Dictionary<string, string?> For(string storageConnectionString, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Access:ProjectManagers"] = Manager,
            ["Exports:SigningKey"] = "resilience-tests-signing-key",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:StakeholderBot"] = "Error",
        };
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }
}
