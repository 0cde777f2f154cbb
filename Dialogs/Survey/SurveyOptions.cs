namespace StakeholderBot.Dialogs.Survey;

// Section Surveys. Without Path the definitions shipped beside the binaries (surveys/) are used.
public sealed class SurveyOptions
{
    public const string Section = "Surveys";
    public const int MinimumKeyLength = 32;

    public string Path { get; set; } = "";
    public string Default { get; set; } = "sme-readiness";
    public string? PseudonymKey { get; set; }

    public string DefinitionsPath => Path.Length > 0 ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, "surveys");
}
