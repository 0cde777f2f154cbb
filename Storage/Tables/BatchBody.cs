using System.Text;
using Azure;

namespace StakeholderBot.Storage.Tables;

// The multipart/mixed body of a $batch request (one change set) and the reading of its answer.
internal static class BatchBody
{
    private const string Crlf = "\r\n";

    public static (BinaryData Body, string ContentType) Write(TableClient table, string baseUrl, IReadOnlyList<TableTransactionAction> actions)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var changeset = "changeset_" + Guid.NewGuid().ToString("N");
        var body = new StringBuilder()
            .Append("--").Append(batch).Append(Crlf)
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeset).Append(Crlf).Append(Crlf);

        foreach (var action in actions)
        {
            var (method, path, ifMatch, withBody) = Describe(table, action);
            body.Append("--").Append(changeset).Append(Crlf)
                .Append("Content-Type: application/http").Append(Crlf)
                .Append("Content-Transfer-Encoding: binary").Append(Crlf).Append(Crlf)
                .Append(method).Append(' ').Append(baseUrl).Append(path).Append(" HTTP/1.1").Append(Crlf)
                .Append("Accept: ").Append(TableTransport.JsonAccept).Append(Crlf)
                .Append("DataServiceVersion: 3.0").Append(Crlf);
            if (method == "POST") body.Append("Prefer: return-no-content").Append(Crlf);
            if (ifMatch is not null) body.Append("If-Match: ").Append(ifMatch).Append(Crlf);
            if (withBody) body.Append("Content-Type: application/json").Append(Crlf);
            body.Append(Crlf);
            if (withBody) body.Append(TableEntityJson.Write(action.Entity).ToString());
            body.Append(Crlf);
        }
        body.Append("--").Append(changeset).Append("--").Append(Crlf)
            .Append("--").Append(batch).Append("--").Append(Crlf);
        return (BinaryData.FromString(body.ToString()), "multipart/mixed; boundary=" + batch);
    }

    private static (string Method, string Path, string? IfMatch, bool WithBody) Describe(TableClient table, TableTransactionAction action)
    {
        var entityPath = table.EntityPath(action.Entity.PartitionKey, action.Entity.RowKey);
        var etag = action.ETag == default ? "*" : action.ETag.ToString();
        return action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", "/" + table.Name, null, true),
            TableTransactionActionType.UpdateMerge => ("MERGE", entityPath, etag, true),
            TableTransactionActionType.UpdateReplace => ("PUT", entityPath, etag, true),
            TableTransactionActionType.UpsertMerge => ("MERGE", entityPath, null, true),
            TableTransactionActionType.UpsertReplace => ("PUT", entityPath, null, true),
            TableTransactionActionType.Delete => ("DELETE", entityPath, etag, false),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.ActionType, "Unknown transaction action."),
        };
    }

    // Each embedded "HTTP/1.1 <status>" starts one operation's answer: headers, a blank line, then the body
    // up to the next boundary line.
    public static List<BatchItemResponse> ReadResponses(Response response)
    {
        var items = new List<BatchItemResponse>();
        var lines = response.Content.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("HTTP/1.1 ", StringComparison.Ordinal)) continue;
            var statusLine = lines[i].Split(' ', 3);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (i++; i < lines.Length && lines[i].Length > 0; i++)
            {
                var colon = lines[i].IndexOf(':');
                if (colon > 0) headers[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }
            var content = new StringBuilder();
            for (i++; i < lines.Length && !lines[i].StartsWith("--", StringComparison.Ordinal); i++) content.Append(lines[i]).Append('\n');
            i--;
            items.Add(new BatchItemResponse(int.Parse(statusLine[1]), statusLine.Length > 2 ? statusLine[2] : "", headers, content.ToString().Trim()));
        }
        return items;
    }

    // The service prefixes the error message with the failing operation's index ("1:The specified entity already exists.").
    public static TableTransactionFailedException Failure(BatchItemResponse failure, IReadOnlyList<TableTransactionAction> actions)
    {
        TableErrorParser.TryRead(BinaryData.FromString(failure.Text.Length > 0 ? failure.Text : "{}"), out var code, out var message);
        int? index = null;
        if (message is not null && message.IndexOf(':') is var colon and > 0 && int.TryParse(message.AsSpan(0, colon), out var parsed)
            && parsed >= 0 && parsed < actions.Count) index = parsed;
        else if (actions.Count == 1) index = 0;

        var text = $"The transaction was not applied: operation {index?.ToString() ?? "?"} failed with {failure.Status} {code}: {message}";
        return new TableTransactionFailedException(failure.Status, text, code, index, index is { } n ? actions[n] : null);
    }
}
