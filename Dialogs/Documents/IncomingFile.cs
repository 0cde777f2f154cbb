namespace StakeholderBot.Dialogs.Documents;

// A file sent with a message, as the host found it. Teams gives a download link (from the sender's OneDrive);
// FromTeams says the activity was signed by the Bot Connector and came from Teams, the only case a link is followed.
// Some clients put the bytes in the activity itself (a data: URL), which needs no download. FileType is the
// extension the client named, when it did.
public sealed record IncomingFile(string Name, string? FileType, FileOrigin Origin);

public abstract record FileOrigin
{
    public sealed record Download(Uri Url, bool FromTeams) : FileOrigin;

    public sealed record Inline(byte[] Content) : FileOrigin;

    // An attachment that names a file but whose content cannot be reached (a malformed link or data).
    public sealed record Unusable(FileProblem Problem) : FileOrigin;
}

// Gets a file's bytes for the documents flow, with the limits and allowed hosts of the Documents settings.
public interface IFileDownloads
{
    // Throws FileDownloadException, whose Problem the flow tells the user in their language.
    Task<byte[]> FetchAsync(IncomingFile file, long maxBytes, CancellationToken cancellationToken);
}

// Why a sent file's bytes could not be had.
public enum FileProblem
{
    NoLink, UnreadableForm, ArrivedDamaged, NotFromTeams, HostNotAllowed, Redirects, LinkExpired, StoreRefused, TimedOut,
    StoreUnreachable, TooLarge,
}

public sealed class FileDownloadException(FileProblem problem, Exception? inner = null) : Exception(problem.ToString(), inner)
{
    public FileProblem Problem { get; } = problem;
}
