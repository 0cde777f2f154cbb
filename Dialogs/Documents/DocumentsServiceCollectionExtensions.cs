using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StakeholderBot.Knowledge;
using StakeholderBot.Storage.Documents;

namespace StakeholderBot.Dialogs.Documents;

public static class DocumentsServiceCollectionExtensions
{
    // The document library: the shared blob container when Knowledge:Container is set (every instance follows it),
    // the corpus folder otherwise. The host adds how files are fetched (IFileDownloads).
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section)
            // A list may also be one separated string (an environment variable), which binding alone would miss.
            .Configure<IConfiguration>((options, configuration) =>
                options.AllowedFileHosts = ConfigList.Read(configuration, DocumentsOptions.Section + ":AllowedFileHosts"))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentsOptions>, DocumentsOptionsValidator>();
        services.AddSingleton<IValidateOptions<DocumentsOptions>, LibraryStorageValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DocumentsOptions>>().Value);
        services.AddSingleton(sp => new LibraryContainer(sp.GetRequiredService<BlobServiceClient>, sp.GetRequiredService<KnowledgeOptions>().Container));
        services.AddSingleton<LibraryChanges>();
        services.AddSingleton<IDocumentLibrary>(sp => sp.GetRequiredService<KnowledgeOptions>().HasContainer
            ? ActivatorUtilities.CreateInstance<ContainerLibrary>(sp)
            : ActivatorUtilities.CreateInstance<FolderLibrary>(sp));
        services.AddSingleton<LibrarySync>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<LibrarySync>());
        services.AddHealthChecks().AddCheck<LibrarySync>("document-library");
        services.AddSingleton<DocumentsFlow>();
        return services;
    }
}
