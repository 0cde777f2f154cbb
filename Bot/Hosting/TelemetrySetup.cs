using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using StakeholderBot.Storage;

namespace StakeholderBot.Bot.Hosting;

// Traces and metrics through OpenTelemetry: the bot's own (BotTelemetry) with ASP.NET Core's and HttpClient's (the
// Table service and Bot Connector requests). Exporters by configuration, none unless asked for:
//   OTEL_EXPORTER_OTLP_ENDPOINT (and the other standard OTEL_* variables)   OTLP: a collector, the Aspire dashboard, Jaeger
//   Telemetry:Console = true                                               written to the console
//   APPLICATIONINSIGHTS_CONNECTION_STRING                                  Azure Monitor (its distro brings its own
//                                                                          ASP.NET Core and HttpClient instrumentation)
public static class TelemetrySetup
{
    public const string ServiceName = "StakeholderBot";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = configuration.GetValue<bool>("Telemetry:Console");
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.Name);
                // Health probes every few seconds would bury the turns.
                if (!azureMonitor)
                    tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                        .AddHttpClientInstrumentation();
                if (otlp) tracing.AddOtlpExporter();
                if (console) tracing.AddConsoleExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name);
                if (!azureMonitor) metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (otlp) metrics.AddOtlpExporter();
                if (console) metrics.AddConsoleExporter();
            });
        if (azureMonitor) telemetry.UseAzureMonitor();
        return builder;
    }
}
