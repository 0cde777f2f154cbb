using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace StakeholderBot.Storage.Tables;

// Builds Table REST requests and turns every failure into a RequestFailedException with status and error code.
internal sealed class TableTransport(Uri endpoint, HttpPipeline pipeline)
{
    public const string ApiVersion = "2019-02-02";
    public const string JsonAccept = "application/json;odata=minimalmetadata";

    private readonly string _base = endpoint.AbsoluteUri.TrimEnd('/');

    public Uri Endpoint => endpoint;

    public string BaseUrl => _base;

    public HttpMessage Create(RequestMethod method, string path)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(_base));
        request.Uri.AppendPath(path, escape: false);
        request.Headers.SetValue("x-ms-version", ApiVersion);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue("Accept", JsonAccept);
        return message;
    }

    public static void SetJson(HttpMessage message, BinaryData body)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(body);
    }

    // Sends and returns the response when its status is one of `accepted`; anything else throws.
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, params int[] accepted)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTransportFailure(e) && !cancellationToken.IsCancellationRequested)
        {
            throw Unreachable(e);
        }
        var response = message.Response;
        if (!accepted.Contains(response.Status)) throw Failed(response);
        return response;
    }

    public static RequestFailedException Failed(Response response) =>
        new(response, null, TableErrorParser.Instance);

    private RequestFailedException Unreachable(Exception e) =>
        new(0, $"The Table service at {endpoint.GetLeftPart(UriPartial.Authority)} could not be reached: {Innermost(e).Message}", null, e);

    // After the retry policy gives up it throws an AggregateException of the attempts; with no retries left the
    // transport's own exception (status 0) or a network-timeout cancellation comes through.
    private static bool IsTransportFailure(Exception e) => e switch
    {
        AggregateException => true,
        RequestFailedException { Status: 0 } => true,
        OperationCanceledException => true,
        IOException => true,
        _ => false,
    };

    private static Exception Innermost(Exception e)
    {
        if (e is AggregateException { InnerExceptions.Count: > 0 } aggregate) e = aggregate.InnerExceptions[^1];
        while (e.InnerException is not null && e is RequestFailedException { Status: 0 }) e = e.InnerException;
        return e;
    }
}
