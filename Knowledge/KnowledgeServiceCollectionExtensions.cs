using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Models;

namespace StakeholderBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services)
    {
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section)
            .PostConfigure<IHostEnvironment>((options, host) => options.ResolvePaths(host.ContentRootPath))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value);
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ModelOptions>>().Value);

        services.AddSingleton(sp => new IndexDatabase(sp.GetRequiredService<KnowledgeOptions>().IndexPath));
        services.AddSingleton<IndexReader>();
        services.AddSingleton<IndexWriter>();
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton<Library.LibraryIndex>();
        services.AddSingleton<KnowledgeReadiness>();
        services.AddSingleton<AnswerTraffic>();
        services.AddSingleton<TextEmbedder>();
        services.AddSingleton<VectorIndex>();
        services.AddSingleton<VectorFiller>();
        services.AddSingleton(sp => new Retriever(sp.GetRequiredService<IndexReader>(), sp.GetRequiredService<TextEmbedder>(), sp.GetRequiredService<VectorIndex>()));
        // The model clients are built here and nowhere else; without OpenAI:* settings there are none and answers are extractive.
        services.AddSingleton(sp => ModelClients.Create(sp.GetRequiredService<ModelOptions>()));
        services.AddSingleton(sp => ModelPath.Create(sp.GetRequiredService<ModelClients>(), sp.GetRequiredService<ModelOptions>(),
            sp.GetRequiredService<IndexDatabase>(), sp.GetRequiredService<IndexReader>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>(),
            sp.GetService<IUserQuestionLimit>()));
        services.AddSingleton(sp => new KnowledgeBase(sp.GetRequiredService<KnowledgeOptions>(), sp.GetRequiredService<IndexReader>(),
            sp.GetRequiredService<IndexWriter>(), sp.GetRequiredService<KnowledgeReadiness>(), sp.GetRequiredService<ILogger<KnowledgeBase>>(),
            sp.GetRequiredService<ModelPath>(), sp.GetRequiredService<Retriever>(), sp.GetRequiredService<AnswerTraffic>()));
        services.AddSingleton<IKnowledgeDocuments>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddHostedService<KnowledgeIndexingService>();
        services.AddHostedService<VectorService>();
        services.AddHostedService(sp => new ModelVectorService(sp.GetRequiredService<IndexDatabase>(), sp.GetRequiredService<ModelPath>().Vectors,
            sp.GetRequiredService<KnowledgeReadiness>(), sp.GetRequiredService<ILogger<ModelVectorService>>()));
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge");
        return services;
    }
}
