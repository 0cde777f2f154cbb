using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace StakeholderBot.Storage.Tables;

// One operation's answer inside a $batch response, exposed as an Azure.Response (Headers.ETag works).
internal sealed class BatchItemResponse(int status, string reason, Dictionary<string, string> headers, string text) : Response
{
    public string Text => text;

    public override int Status => status;

    public override string ReasonPhrase => reason;

    public override Stream? ContentStream { get; set; } = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

    public override string ClientRequestId { get; set; } = headers.GetValueOrDefault("x-ms-client-request-id", "");

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => headers.ContainsKey(name);

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers.Select(h => new HttpHeader(h.Key, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => headers.TryGetValue(name, out value);

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = headers.TryGetValue(name, out var value) ? [value] : null;
        return values is not null;
    }
}
