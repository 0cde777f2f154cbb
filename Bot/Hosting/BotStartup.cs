using Microsoft.Extensions.Options;

namespace StakeholderBot.Bot.Hosting;

public static class BotStartup
{
    // Runs until shutdown; a setting that fails its check stops start-up with a message naming the key, since
    // a stack trace would only hide it. Returns the process exit code.
    public static async Task<int> RunBotAsync(this WebApplication app)
    {
        await using var _ = app;
        try
        {
            KeyVaultReferences.ThrowIfUnresolved(app.Configuration);
            // Every setting first, before services that read one are built, so one failed start names every bad key.
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            await app.StartAsync();
        }
        catch (Exception e) when (Explain(e) is { } message)
        {
            Console.Error.WriteLine("StakeholderBot cannot start: " + message);
            return 1;
        }
        await app.WaitForShutdownAsync();
        return 0;
    }

    // Failed checks (OptionsValidationException), values binding could not convert and broken survey definitions
    // (InvalidOperationException); several at once come as an AggregateException.
    private static string? Explain(Exception error) => error switch
    {
        OptionsValidationException failed => string.Join(" ", failed.Failures),
        InvalidOperationException => error.Message,
        AggregateException { InnerExceptions: var inner } when inner.All(e => Explain(e) is not null) => string.Join(" ", inner.Select(Explain)),
        _ => null,
    };
}
