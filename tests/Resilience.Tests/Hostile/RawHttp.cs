using System.Net.Sockets;
using System.Text;

namespace StakeholderBot.Resilience.Tests.Hostile;

// HTTP written by hand on a socket, for what HttpClient refuses to send: lying Content-Length, bodies cut off
// mid-way, oversized headers, broken request lines.
public static class RawHttp
{
    // Sends the bytes, half-closes if asked, and returns the status line the server answered (null: no answer).
    public static async Task<string?> SendAsync(Uri server, byte[] request, bool closeAfterSend = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(request);
            if (closeAfterSend) client.Client.Shutdown(SocketShutdown.Send);
            var buffer = new byte[4096];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0) return null;
            var text = Encoding.ASCII.GetString(buffer, 0, read);
            return text[..Math.Max(0, text.IndexOf('\r'))];
        }
        catch (IOException)
        {
            return null; // the server closed the connection on us: an answer too
        }
        catch (OperationCanceledException)
        {
            return "no answer within 30 s";
        }
    }

    public static byte[] Post(Uri server, string headers, byte[] body) =>
    [
        .. Encoding.ASCII.GetBytes($"POST /api/messages HTTP/1.1\r\nHost: {server.Authority}\r\n{headers}\r\n"),
        .. body,
    ];
}
