using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace StakeholderBot.Storage.Tests;

// A real HTTP hop in front of Azurite that can answer the next requests with an injected failure
// (a status with the service's error body, or a stall) before forwarding again. It counts every request.
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _forward = new();
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly Uri _target;
    private readonly Task _loop;
    private int _requests;

    public FaultProxy(string targetEndpoint)
    {
        _target = new Uri(targetEndpoint);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public int Requests => _requests;

    public string ConnectionString(string accountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={accountKey};TableEndpoint=http://127.0.0.1:{Port}{_target.AbsolutePath};";

    public void FailNext(int status, string errorCode, int times = 1)
    {
        for (var i = 0; i < times; i++) _faults.Enqueue(new Fault(status, errorCode, TimeSpan.Zero));
    }

    public void StallNext(TimeSpan delay) => _faults.Enqueue(new Fault(0, "", delay));

    public void ResetCount() => Interlocked.Exchange(ref _requests, 0);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        try
        {
            if (_faults.TryDequeue(out var fault))
            {
                if (fault.Stall > TimeSpan.Zero) await Task.Delay(fault.Stall);
                else
                {
                    await RespondAsync(context.Response, fault.Status, fault.ErrorCode);
                    return;
                }
            }
            await ForwardAsync(context);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException) { }
    }

    private static async Task RespondAsync(HttpListenerResponse response, int status, string code)
    {
        var error = new { code, message = new { lang = "en-US", value = $"Injected {code}." } };
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["odata.error"] = error });
        response.StatusCode = status;
        response.ContentType = "application/json";
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        var incoming = context.Request;
        using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(_target, incoming.RawUrl));
        var body = new MemoryStream();
        await incoming.InputStream.CopyToAsync(body);
        if (body.Length > 0) request.Content = new ByteArrayContent(body.ToArray());
        foreach (var name in incoming.Headers.AllKeys.OfType<string>())
        {
            if (name is "Host" or "Content-Length" or "Connection" or "Expect") continue;
            var value = incoming.Headers[name]!;
            if (!request.Headers.TryAddWithoutValidation(name, value)) request.Content?.Headers.TryAddWithoutValidation(name, value);
        }

        using var answer = await _forward.SendAsync(request);
        var response = context.Response;
        response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (name is "Transfer-Encoding" or "Content-Length" or "Connection" or "Keep-Alive") continue;
            response.Headers[name] = string.Join(",", values);
        }
        var bytes = await answer.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 0) await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
        _forward.Dispose();
    }

    private sealed record Fault(int Status, string ErrorCode, TimeSpan Stall);
}
