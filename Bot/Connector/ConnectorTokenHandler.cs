using System.Net.Http.Headers;

namespace StakeholderBot.Bot.Connector;

// Adds the bot's token to connector calls; without an app id (local development) nothing is added.
public sealed class ConnectorTokenHandler(IConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
