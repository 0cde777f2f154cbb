using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Survey;

public static class SurveyServiceCollectionExtensions
{
    // Reads Surveys:* and loads every definition now: a bad definition stops start-up with the file,
    // the question and what is wrong (SurveyDefinitionException is an InvalidOperationException).
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        var options = SurveyOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(SurveyCatalog.Load(options.DefinitionsPath, options.DefaultSurvey));
        services.AddSingleton(new Pseudonyms(options.PseudonymKey));
        services.AddSingleton<SurveyResponseStore>();
        services.AddSingleton<SurveyProgressStore>();
        services.AddSingleton<ICsvExport, SurveyResultsCsv>();
        return services;
    }
}
