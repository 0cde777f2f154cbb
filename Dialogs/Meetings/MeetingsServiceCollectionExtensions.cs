using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StakeholderBot.Dialogs.Exports;
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
        services.AddSingleton<ICsvExport, MeetingsCsvExport>();
        services.TryAddSingleton<IMeetingIndex, NoMeetingIndex>();
        services.TryAddSingleton<IMeetingNarrator, NoMeetingNarrator>();
        services.AddSingleton(new MeetingSyncOptions(TimeSpan.FromSeconds(seconds), TimeSpan.FromMinutes(10)));
        services.AddSingleton<MeetingIndexSync>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<MeetingIndexSync>());
        services.AddSingleton<IHealthCheck>(sp => sp.GetRequiredService<MeetingIndexSync>());
        services.AddSingleton<MeetingFlow>();
        return services;
    }
}
