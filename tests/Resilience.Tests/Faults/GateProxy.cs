using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Faults;

// A real HTTP hop in front of Azurite that can hold the next write ($batch) until the test lets it go, so a
// race between two instances happens in a chosen order instead of by luck. Shared Key signatures do not
// cover the host, so forwarding to another port keeps them valid.
public sealed class GateProxy : IAsyncDisposable
{
    private readonly HttpClient forward = new();
    private LocalHttpServer server = null!;
    private TaskCompletionSource? gate;
    private TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ConnectionString(string accountName, string accountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={accountName};AccountKey={accountKey};TableEndpoint={server.BaseUrl}/{accountName};";

    public static async Task<GateProxy> StartAsync(string targetBaseUrl)
    {
        var proxy = new GateProxy();
        proxy.server = await LocalHttpServer.StartAsync(app => app.Map("/{**path}", (HttpContext context) => proxy.ForwardAsync(context, targetBaseUrl)));
        return proxy;
    }

    // The next $batch waits until Release; HeldAsync completes when it has arrived.
    public void HoldNextWrite()
    {
        held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate = released;
    }

    public Task HeldAsync => held.Task;

    public void Release() => released.TrySetResult();

    private async Task ForwardAsync(HttpContext context, string target)
    {
        if (context.Request.Path.Value?.EndsWith("/$batch", StringComparison.Ordinal) == true && Interlocked.Exchange(ref gate, null) is { } waiting)
        {
            held.TrySetResult();
            await waiting.Task;
        }
        // The raw target, as signed: Kestrel's Path is already unescaped.
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target + rawTarget, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }));
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        request.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in context.Request.Headers)
        {
            if (name is "Host" or "Content-Length" or "Transfer-Encoding") continue;
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray())) request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
        }
        using var response = await forward.SendAsync(request);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            if (name is not ("Transfer-Encoding" or "Content-Length")) context.Response.Headers[name] = values.ToArray();
        await response.Content.CopyToAsync(context.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        released.TrySetResult();
        await server.DisposeAsync();
        forward.Dispose();
    }
}
