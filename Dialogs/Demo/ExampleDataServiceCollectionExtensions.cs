using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StakeholderBot.Dialogs.Demo;

// Section Demo: ExampleData stores example meetings and survey responses at start-up (for trying the bot).
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool ExampleData { get; set; }
}

public static class ExampleDataServiceCollectionExtensions
{
    public static IServiceCollection AddExampleData(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.AddHostedService<ExampleData>();
        return services;
    }
}
