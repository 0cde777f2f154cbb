using System.Text.Json.Nodes;
using StakeholderBot.Bot.Protocol;
using StakeholderBot.Dialogs.Documents;

namespace StakeholderBot.Bot.Routing;

// The files of a message. Teams sends a file from personal chat as a file.download.info attachment whose content
// has a short-lived downloadUrl (and fileType, uniqueId, etag); web chat clients such as the Agents Playground put
// the bytes in a data: URL instead. Cards, the HTML copy of the text Teams adds, and inline images are not files.
public static class IncomingFiles
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
    private const string TeamsChannel = "msteams";

    public static IReadOnlyList<IncomingFile>? Of(Activity activity, bool signed)
    {
        var files = new List<IncomingFile>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (string.Equals(attachment.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase))
                files.Add(FromTeams(attachment, signed && string.Equals(activity.ChannelId, TeamsChannel, StringComparison.OrdinalIgnoreCase)));
            else if (attachment.ContentUrl?.StartsWith("data:", StringComparison.OrdinalIgnoreCase) == true && attachment.Name is { Length: > 0 } name)
                files.Add(new IncomingFile(name, null, Inline(attachment.ContentUrl)));
        }
        return files.Count > 0 ? files : null;
    }

    private static IncomingFile FromTeams(Attachment attachment, bool fromTeams)
    {
        var content = attachment.Content as JsonObject;
        var url = TurnMapper.TextOf(content?["downloadUrl"]);
        FileOrigin origin = Uri.TryCreate(url, UriKind.Absolute, out var download)
            ? new FileOrigin.Download(download, fromTeams)
            : new FileOrigin.Unusable(FileProblem.NoLink);
        return new IncomingFile(attachment.Name ?? "", TurnMapper.TextOf(content?["fileType"]), origin);
    }

    // data:[<media type>][;base64],<data>; only base64 is a file's bytes.
    private static FileOrigin Inline(string url)
    {
        var comma = url.IndexOf(',');
        if (comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            return new FileOrigin.Unusable(FileProblem.UnreadableForm);
        try
        {
            return new FileOrigin.Inline(Convert.FromBase64String(url[(comma + 1)..]));
        }
        catch (FormatException)
        {
            return new FileOrigin.Unusable(FileProblem.ArrivedDamaged);
        }
    }
}
