using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Routing;
using StakeholderBot.Dialogs;

namespace StakeholderBot.Bot.Hosting;

public static class BotHostExtensions
{
    public static WebApplicationBuilder AddBotHost(this WebApplicationBuilder builder)
    {
        KeyVaultReferences.ThrowIfUnresolved(builder.Configuration);
        var authOptions = BotAuthOptions.From(builder.Configuration);
        var outboxOptions = OutboxOptions.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(authOptions);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient("openid");
        services.AddSingleton<OpenIdKeySource>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddTransient<ConnectorTokenHandler>();
        services.AddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorTokenHandler>();
        // A fresh typed client per outbox attempt, so the singleton outbox does not pin one HttpClient handler.
        services.AddSingleton(sp => new ReplyOutbox(sp.GetRequiredService<ConnectorClient>, outboxOptions,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReplyOutbox>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ReplyOutbox>());
        services.AddTransient<TurnReplies>();
        services.AddDialogs(builder.Configuration);
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<ReplyBuilder>();
        services.AddSingleton<TurnProcessor>();
        services.AddHealthChecks();
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapBotEndpoint();
        app.MapDocuments();
        app.MapExports();
        app.MapHealthChecks("/health");
        if (!app.Services.GetRequiredService<BotAuthOptions>().AuthEnabled)
            app.Logger.LogWarning("MicrosoftAppId is not set: requests without a token are accepted. Use this for local development only.");
        return app;
    }
}
