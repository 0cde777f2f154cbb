using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StakeholderBot.Dialogs.Exports;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage;
using StakeholderBot.Storage.Meetings;
using StakeholderBot.Storage.Tables;

namespace StakeholderBot.Dialogs.Meetings;

public static class MeetingsServiceCollectionExtensions
{
    // Reads Meetings:Table and Meetings:IndexSyncSeconds; a bad value names its key.
    public static IServiceCollection AddMeetings(this IServiceCollection services, IConfiguration configuration)
    {
        var table = configuration["Meetings:Table"] is { Length: > 0 } name ? name : MeetingStore.DefaultTable;
        if (!TableNames.IsValid(table)) throw new InvalidOperationException($"Meetings:Table '{table}' is not a valid table name.");
        var seconds = configuration["Meetings:IndexSyncSeconds"] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s is >= 1 and <= 3600
                ? s
                : throw new InvalidOperationException($"Meetings:IndexSyncSeconds must be a whole number of seconds from 1 to 3600, got '{text}'.")
            : 30;

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new MeetingStore(sp.GetRequiredService<StorageTables>(), sp.GetRequiredService<TimeProvider>(), table));
        services.AddSingleton<MeetingQueries>();
        services.AddSingleton<MeetingDraftStore>();
        services.AddSingleton<ICsvExport, MeetingsCsvExport>();
        services.TryAddSingleton<IMeetingIndex>(sp => sp.GetService<IKnowledgeDocuments>() is { } documents
            ? new KnowledgeMeetingIndex(documents)
            : new NoMeetingIndex());
        // With OpenAI:* configured the summary gets a narrative; without, the structured summary stands alone.
        services.TryAddSingleton<IMeetingNarrator>(sp => sp.GetService<KnowledgeOptions>()?.Model is { } model
            ? new OpenAiMeetingNarrator(model, sp.GetRequiredService<ILogger<OpenAiMeetingNarrator>>())
            : new NoMeetingNarrator());
        services.AddSingleton(new MeetingSyncOptions(TimeSpan.FromSeconds(seconds), TimeSpan.FromMinutes(10)));
        services.AddSingleton<MeetingIndexSync>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<MeetingIndexSync>());
        services.AddHealthChecks().AddCheck<MeetingIndexSync>("meetings-index");
        services.AddSingleton<MeetingFlow>();
        return services;
    }
}
