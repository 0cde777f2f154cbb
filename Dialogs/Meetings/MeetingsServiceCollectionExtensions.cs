using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;

namespace StakeholderBot.Dialogs.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddOptions<MeetingsOptions>().BindConfiguration(MeetingsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MeetingsOptions>, MeetingsOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MeetingsOptions>>().Value);
        services.AddSingleton(sp => new MeetingStore(sp.GetRequiredService<StorageTables>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<MeetingsOptions>().Table));
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<MeetingDraftStore>();
        services.AddSingleton<ICsvExport, MeetingsCsvExport>();
        services.TryAddSingleton<IMeetingIndex>(sp => sp.GetService<IKnowledgeDocuments>() is { } documents
            ? new KnowledgeMeetingIndex(documents)
            : new NoMeetingIndex());
        // With OpenAI:* configured the summary gets a narrative; without, the structured summary stands alone.
        services.TryAddSingleton<IMeetingNarrator>(sp => sp.GetRequiredService<ModelClients>().Chat is { } chat
            ? new ModelMeetingNarrator(chat, sp.GetRequiredService<ModelOptions>().Timeout, sp.GetRequiredService<ILogger<ModelMeetingNarrator>>())
            : new NoMeetingNarrator());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<MeetingsOptions>();
            return new MeetingSyncOptions(TimeSpan.FromSeconds(options.IndexSyncSeconds), TimeSpan.FromMinutes(10),
                TimeSpan.FromSeconds(options.FullSyncSeconds));
        });
        services.AddSingleton<MeetingIndexSync>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<MeetingIndexSync>());
        services.AddHealthChecks().AddCheck<MeetingIndexSync>("meetings-index");
        services.AddSingleton<MeetingFlow>();
        return services;
    }
}
