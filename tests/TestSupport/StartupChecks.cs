using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace StakeholderBot.TestSupport;

// The services one Add* method registers, over the given settings, checked as the host checks them when it starts.
public static class StartupChecks
{
    public static ServiceProvider Build(Func<IServiceCollection, IServiceCollection> add, IDictionary<string, string?> settings)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton(TimeProvider.System);
        var provider = add(services).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        return provider;
    }

    // The message start-up stops with.
    public static string Failure(Func<IServiceCollection, IServiceCollection> add, IDictionary<string, string?> settings)
    {
        var error = Record.Exception(() => Build(add, settings).Dispose());
        Assert.NotNull(error);
        Assert.True(error is OptionsValidationException or InvalidOperationException, error.ToString());
        return error.Message;
    }
}
