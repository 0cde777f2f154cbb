using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StakeholderBot.Dialogs.Partners;

public static class PartnersServiceCollectionExtensions
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddOptions<PartnerOptions>().BindConfiguration(PartnerOptions.Section)
            .PostConfigure(options => { if (options.Regions.Count == 0) options.Regions = [.. PartnerOptions.Defaults]; })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnerOptions>, PartnerOptionsValidator>();
        services.AddSingleton(sp => new PartnerDirectory(sp.GetRequiredService<IOptions<PartnerOptions>>().Value.Regions));
        return services;
    }
}
