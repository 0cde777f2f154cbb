using System.Text.Json;
using Azure;
using Azure.Core;

namespace StakeholderBot.Storage.Tables;

// The Table service reports errors as {"odata.error":{"code":"...","message":{"value":"..."}}}.
internal sealed class TableErrorParser : RequestFailedDetailsParser
{
    public static readonly TableErrorParser Instance = new();

    public override bool TryParse(Response response, out ResponseError? error, out IDictionary<string, string>? data)
    {
        data = null;
        error = null;
        var content = response.Content;
        if (content is not null && content.ToMemory().Length > 0 && TryRead(content, out var code, out var message))
        {
            error = new ResponseError(code, message);
            return true;
        }
        if (response.Headers.TryGetValue("x-ms-error-code", out var headerCode))
        {
            error = new ResponseError(headerCode, response.ReasonPhrase);
            return true;
        }
        return false;
    }

    internal static bool TryRead(BinaryData content, out string? code, out string? message)
    {
        code = message = null;
        try
        {
            using var json = JsonDocument.Parse(content);
            if (!json.RootElement.TryGetProperty("odata.error", out var odataError)) return false;
            code = odataError.TryGetProperty("code", out var c) ? c.GetString() : null;
            if (odataError.TryGetProperty("message", out var m))
                message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
