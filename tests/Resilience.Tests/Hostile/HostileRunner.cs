using System.Collections.Concurrent;
using System.Net.Http.Headers;

namespace StakeholderBot.Resilience.Tests.Hostile;

public sealed record HostileRun(int Sent, IReadOnlyDictionary<int, int> ByStatus, IReadOnlyList<HostileFailure> Failures)
{
    // How many failed of each kind, then the first requests themselves, each ready to paste into a test.
    public string FailureReport(int show = 12) =>
        $"{Failures.Count} of {Sent} requests failed. By kind: " +
        string.Join(", ", Failures.GroupBy(f => f.Request.Kind.Split(' ')[0] + " " + f.Outcome).Select(g => $"{g.Key} ×{g.Count()}")) +
        "\n\n" + string.Join("\n\n", Failures.Take(show).Select(f => f.Describe()));

    public int Count(Func<int, bool> status) => ByStatus.Where(s => status(s.Key)).Sum(s => s.Value);

    public string Summary => $"{Sent} requests: " + string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"));
}

public sealed record HostileFailure(HostileRequest Request, string Outcome, int Seed)
{
    public string Describe() => $"{Outcome} for {Request.Describe(Seed)}";
}

// Sends generated requests a few at a time. A 5xx or an exception is a failure reported with the request itself.
public static class HostileRunner
{
    public static async Task<HostileRun> RunAsync(HttpClient client, IEnumerable<HostileRequest> requests, int seed, int parallelism = 4)
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentBag<HostileFailure>();
        var sent = 0;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (request, token) =>
        {
            Interlocked.Increment(ref sent);
            try
            {
                var status = await SendAsync(client, request, token);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                if (status >= 500 && !IsUnknownInvoke(status, request)) failures.Add(new HostileFailure(request, $"HTTP {status}", seed));
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                failures.Add(new HostileFailure(request, $"{e.GetType().Name}: {e.Message}", seed));
            }
        });
        return new HostileRun(sent, statuses, failures.OrderBy(f => f.Request.Index).ToList());
    }

    // The Bot Framework answers an invoke it has no handler for with 501 (issue 2 asks for it): the one 5xx allowed.
    private static bool IsUnknownInvoke(int status, HostileRequest request)
    {
        if (status != 501) return false;
        try
        {
            var activity = System.Text.Json.Nodes.JsonNode.Parse(request.Body) as System.Text.Json.Nodes.JsonObject;
            var name = activity?["name"]?.ToString();
            return activity?["type"]?.ToString() == "invoke" && name is not ("adaptiveCard/action" or "message/submitAction");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return false;
        }
    }

    public static async Task<int> SendAsync(HttpClient client, HostileRequest request, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(request.Body);
        if (request.ContentType.Length > 0) content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        using var response = await client.PostAsync("/api/messages", content, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (int)response.StatusCode;
    }
}
