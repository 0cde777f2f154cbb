namespace StakeholderBot.Bot.Connector;

// The connector's refusal of a send. RetryAfter is the connector's own word on when to try again (429, sometimes 503).
public sealed class ConnectorException(int status, string body, TimeSpan? retryAfter = null)
    : Exception($"The Bot Connector answered {status}.")
{
    public int Status { get; } = status;
    public string Body { get; } = body;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

// A send to a service URL nothing vouched for: refused before the request (and the bot's token) leaves.
public sealed class UntrustedServiceUrlException()
    : Exception("The service URL is not a trusted Bot Framework endpoint; nothing was sent.");
