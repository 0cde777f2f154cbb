using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests;

// The Bot Connector for replies sent in the default delivery mode: takes every activity and records it.
public static class ConnectorStub
{
    public static Task<LocalHttpServer> StartAsync() => LocalHttpServer.StartAsync(app =>
    {
        var next = 0;
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}",
            () => Results.Json(new { id = "r" + Interlocked.Increment(ref next) }, statusCode: 201));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) => Results.Json(new { id = activityId }));
    });
}
