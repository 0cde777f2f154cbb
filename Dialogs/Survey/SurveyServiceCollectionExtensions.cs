using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Partners;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

public static class SurveyServiceCollectionExtensions
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurveyOptions>, SurveyOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SurveyOptions>>().Value);
        // A bad definition throws SurveyDefinitionException (an InvalidOperationException) naming file and question.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<SurveyOptions>();
            return SurveyCatalog.Load(options.DefinitionsPath, options.Default, sp.GetRequiredService<PartnerDirectory>());
        });
        services.AddHostedService<SurveyCatalogLoad>();
        services.AddSingleton(sp => new Pseudonyms(SecretKeys.ConfiguredOrRandom(sp.GetRequiredService<SurveyOptions>().PseudonymKey)));
        services.AddSingleton<SurveyResponseStore>();
        services.AddSingleton<SurveyContactStore>();
        services.AddSingleton<SurveyProgressStore>();
        services.AddSingleton<SurveyInvitations>();
        services.AddSingleton<ICsvExport, SurveyResultsCsv>();
        services.AddSingleton<ICsvExport, SurveyContactsCsv>();
        return services;
    }
}
