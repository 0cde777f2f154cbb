using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace StakeholderBot.Storage.Tables;

// Shared Key for the Table service: HMAC-SHA256 over VERB, Content-MD5, Content-Type, x-ms-date and the
// canonical resource. It runs per retry so each attempt carries a fresh date.
internal sealed class SharedKeyPolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);

        var uri = request.Uri.ToUri();
        var resource = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath);
        var comp = System.Web.HttpUtility.ParseQueryString(uri.Query)["comp"];
        if (comp is not null) resource.Append("?comp=").Append(comp);

        request.Headers.TryGetValue("Content-MD5", out var md5);
        request.Headers.TryGetValue("Content-Type", out var contentType);
        var toSign = string.Join('\n', request.Method.Method, md5 ?? "", contentType ?? "", date, resource.ToString());

        var signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(toSign)));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }
}
