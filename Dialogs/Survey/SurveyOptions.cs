using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace StakeholderBot.Dialogs.Survey;

// Surveys:* settings, checked at start-up with errors that name the key.
public sealed record SurveyOptions(string DefinitionsPath, string DefaultSurvey, byte[] PseudonymKey)
{
    public const int MinimumKeyLength = 32;

    public static SurveyOptions From(IConfiguration configuration)
    {
        var path = configuration["Surveys:Path"];
        if (string.IsNullOrWhiteSpace(path)) path = Path.Combine(AppContext.BaseDirectory, "surveys");
        else if (!Directory.Exists(path)) throw new InvalidOperationException($"Surveys:Path '{path}' is not a folder.");

        var defaultSurvey = configuration["Surveys:Default"] is { Length: > 0 } id ? id : "sme-readiness";

        // Without a configured key, pseudonyms are stable only for the life of the process (fine locally,
        // wrong in production where responses from one person must share a pseudonym).
        var key = configuration["Surveys:PseudonymKey"];
        byte[] pseudonymKey;
        if (string.IsNullOrEmpty(key)) pseudonymKey = RandomNumberGenerator.GetBytes(32);
        else if (key.Length < MinimumKeyLength)
            throw new InvalidOperationException($"Surveys:PseudonymKey must be at least {MinimumKeyLength} characters (a random secret), got {key.Length}.");
        else pseudonymKey = Encoding.UTF8.GetBytes(key);

        return new SurveyOptions(path, defaultSurvey, pseudonymKey);
    }
}
