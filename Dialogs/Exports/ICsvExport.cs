namespace StakeholderBot.Dialogs.Exports;

// A CSV a project manager can download through a signed link (survey results, meeting summaries).
public interface ICsvExport
{
    string Kind { get; }

    Task<CsvFile> BuildAsync(IReadOnlyDictionary<string, string> arguments, CancellationToken cancellationToken);
}

// Content is the text without BOM; the host writes UTF-8 with BOM so Excel reads it cleanly.
public sealed record CsvFile(string FileName, string Content);
