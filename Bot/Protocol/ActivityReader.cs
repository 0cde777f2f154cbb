using System.Text.Json;

namespace StakeholderBot.Bot.Protocol;

// Reads one Activity from a request body; every way a body can be wrong ends as a short problem, never an exception.
public static class ActivityReader
{
    public const int MaxBodyBytes = 256 * 1024;

    public sealed record Result(Activity? Activity, int Status, string? Problem);

    public static async Task<Result> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return Fail(413, "The activity is larger than 256 KB.");
        byte[]? body;
        try
        {
            body = await ReadLimitedAsync(request.Body, cancellationToken);
        }
        catch (Exception e) when (e is BadHttpRequestException or IOException)
        {
            // Bad chunk framing, a body shorter than its Content-Length, a client that hung up.
            return Fail(e is BadHttpRequestException bad ? bad.StatusCode : 400, "The request body could not be read.");
        }
        if (body is null) return Fail(413, "The activity is larger than 256 KB.");
        if (body.Length == 0) return Fail(400, "The request body is empty.");
        if (!System.Text.Unicode.Utf8.IsValid(body)) return Fail(400, "The body is not valid UTF-8.");

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Fail(400, "The body is not a valid activity: " + FirstLine(e.Message));
        }
        if (activity is null) return Fail(400, "The body is not a JSON object.");
        if (string.IsNullOrWhiteSpace(activity.Type)) return Fail(400, "The activity has no type.");
        if (JsonTreeCheck.FindProblem(activity) is { } problem) return Fail(400, problem);
        return new Result(activity, 200, null);
    }

    private static Result Fail(int status, string problem) => new(null, status, problem);

    private static string FirstLine(string message)
    {
        var line = message.Split('\n')[0];
        return line.Length > 200 ? line[..200] : line;
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
