using Microsoft.Extensions.Options;
using StakeholderBot.Bot.Auth;
using StakeholderBot.Bot.Connector;
using StakeholderBot.Bot.Files;
using StakeholderBot.Bot.Routing;
using StakeholderBot.Dialogs;
using StakeholderBot.Dialogs.Documents;
using StakeholderBot.Dialogs.Proactive;

namespace StakeholderBot.Bot.Hosting;

public static class BotHostExtensions
{
    // The Bot Framework side: token checks, the connector and its outbox, turn routing, console logs.
    public static WebApplicationBuilder AddBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotAuthOptions>().BindConfiguration("")
            // A list may also be one separated string (an environment variable), which binding alone would miss.
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.AllowedTenants = ConfigList.Read(configuration, "Teams:AllowedTenants");
                if (ConfigList.Read(configuration, "Auth:AllowedCallers") is { Count: > 0 } callers) options.AllowedCallers = callers;
                if (ConfigList.Read(configuration, "Bot:AllowedChannels") is { Count: > 0 } channels) options.AllowedChannels = channels;
                // Setting the key replaces the Teams hosts, so a deployment can narrow them to its own cloud.
                if (ConfigList.Read(configuration, "Connector:TrustedHosts") is { Count: > 0 } hosts) options.TrustedHosts = hosts;
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthOptions>, BotAuthOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<BotAuthOptions>>().Value);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();

        services.AddSingleton(sp => new ServiceUrlTrust(sp.GetRequiredService<BotAuthOptions>().TrustedHosts,
            trustLoopback: sp.GetRequiredService<IHostEnvironment>().IsDevelopment()));
        services.AddHttpClient(OpenIdKeySource.HttpClientName, c => c.Timeout = OpenIdKeySource.FetchTimeout);
        services.AddSingleton<OpenIdKeySource>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddTransient<ConnectorTokenHandler>();
        // One request per attempt; the outbox (RetryPolicy) decides about the next one.
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<ConnectorTokenHandler>();
        // A fresh typed client per outbox attempt, so the singleton outbox does not pin one HttpClient handler.
        services.AddSingleton(sp => new ReplyOutbox(sp.GetRequiredService<ConnectorClient>, sp.GetRequiredService<IOptions<OutboxOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReplyOutbox>>()));
        services.AddHostedService(sp => sp.GetRequiredService<ReplyOutbox>());
        // Files sent to the bot; the time limit is the flow's own (Documents:DownloadTimeoutSeconds).
        services.AddHttpClient<IFileDownloads, FileDownloads>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(FileDownloads.Handler);
        services.AddSingleton<ReplyStreams>();
        services.AddSingleton<ProactiveSender>();
        services.AddSingleton<IProactiveSender>(sp => sp.GetRequiredService<ProactiveSender>());
        services.AddSingleton<IValidateOptions<ScheduleOptions>, ScheduleLeaseValidator>();
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
        // After start, when the settings have passed their checks.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (!app.Services.GetRequiredService<BotAuthOptions>().AuthEnabled)
                app.Logger.LogWarning("MicrosoftAppId is not set: requests without a token are accepted ({Environment} environment). Use this for local development only.",
                    app.Environment.EnvironmentName);
            if (string.IsNullOrEmpty(app.Services.GetRequiredService<DialogOptions>().ExportSigningKey))
                app.Logger.LogWarning("Exports:SigningKey is not set: citation and CSV links work only on this instance, until it restarts.");
        });
        return app;
    }
}
