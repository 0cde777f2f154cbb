namespace StakeholderBot.Bot.Hosting;

// App Service replaces "@Microsoft.KeyVault(...)" settings with the secret; when it cannot (no access yet, a
// missing secret) the app gets the reference text itself. Used as a key it would be the same guessable string
// on every instance, so start-up stops instead, naming the setting; App Service restarts the app and retries.
public static class KeyVaultReferences
{
    private const string Prefix = "@Microsoft.KeyVault(";

    public static void ThrowIfUnresolved(IConfiguration configuration)
    {
        var unresolved = configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => setting.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unresolved.Count > 0)
            throw new InvalidOperationException($"{string.Join(", ", unresolved)}: Key Vault reference not resolved by App Service " +
                "(check that the app's keyVaultReferenceIdentity may read the secret and that the secret exists).");
    }
}
