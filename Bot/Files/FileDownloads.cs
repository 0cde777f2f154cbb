using System.Net;
using StakeholderBot.Dialogs.Documents;

namespace StakeholderBot.Bot.Files;

// Fetches a file sent to the bot. A download link is followed only for an activity signed by the Bot Connector
// from Teams, only to an allowed file host, with a plain GET (Teams links are pre-authorised: no token of ours goes
// with it), within the size and time limits, and through redirects only to allowed hosts. A file carried in the
// activity itself (a data: URL) needs no download and gets the same size limit.
public sealed class FileDownloads(HttpClient http, DocumentsOptions options, ILogger<FileDownloads> logger) : IFileDownloads
{
    public const string ClientName = "file-downloads";
    private const int MaxRedirects = 3;

    public async Task<byte[]> FetchAsync(IncomingFile file, long maxBytes, CancellationToken cancellationToken) => file.Origin switch
    {
        FileOrigin.Inline inline => inline.Content.LongLength <= maxBytes ? inline.Content : throw TooLarge(),
        FileOrigin.Download { FromTeams: false } => throw new FileDownloadException(FileProblem.NotFromTeams),
        FileOrigin.Download download => await DownloadAsync(download.Url, maxBytes, cancellationToken),
        FileOrigin.Unusable unusable => throw new FileDownloadException(unusable.Problem),
        _ => throw new FileDownloadException(FileProblem.UnreadableForm),
    };

    private async Task<byte[]> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DownloadTimeout);
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!FileHosts.AnyAllows(options.FileHosts, url))
                {
                    logger.LogWarning("File download refused: {Host} is not an allowed file host", url.Host);
                    throw new FileDownloadException(FileProblem.HostNotAllowed);
                }
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= MaxRedirects || response.Headers.Location is not { } location)
                        throw new FileDownloadException(FileProblem.Redirects);
                    url = location.IsAbsoluteUri ? location : new Uri(url, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("File download from {Host} answered {Status}", url.Host, (int)response.StatusCode);
                    throw new FileDownloadException(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                        ? FileProblem.LinkExpired
                        : FileProblem.StoreRefused);
                }
                if (response.Content.Headers.ContentLength > maxBytes) throw TooLarge();
                return await ReadLimitedAsync(response.Content, maxBytes, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FileDownloadException(FileProblem.TimedOut);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("File download from {Host} failed: {Error}", url.Host, e.Message);
            throw new FileDownloadException(FileProblem.StoreUnreachable, e);
        }
    }

    // The announced length may be missing or wrong: the body is read up to one byte past the limit, never more.
    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw TooLarge();
        }
        return buffer.ToArray();
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400 && status != HttpStatusCode.NotModified;

    private static FileDownloadException TooLarge() => new(FileProblem.TooLarge);

    // Redirects are followed by FetchAsync itself, so each hop is checked against the allowed hosts; no cookies or
    // credentials are ever sent.
    public static HttpMessageHandler Handler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        Credentials = null,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AutomaticDecompression = DecompressionMethods.None,
    };
}
