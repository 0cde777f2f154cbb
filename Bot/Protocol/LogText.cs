namespace StakeholderBot.Bot.Protocol;

// A field of an activity nobody vouched for, made fit for a log line: at most MaxLength characters, control
// characters (line breaks that could forge log lines) replaced, and the cut said so.
public static class LogText
{
    public const int MaxLength = 64;

    public static string Clip(string? value)
    {
        if (value is null) return "(none)";
        var shown = value.Length > MaxLength ? value[..MaxLength] : value;
        var clean = string.Create(shown.Length, shown, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++) span[i] = char.IsControl(text[i]) ? '?' : text[i];
        });
        return value.Length > MaxLength ? $"{clean}... ({value.Length} chars)" : clean;
    }
}
