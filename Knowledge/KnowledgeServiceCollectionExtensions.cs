using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    // Reads Knowledge:* and OpenAI:* keys; a bad value throws with the key's name so start-up stops clearly.
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        var options = KnowledgeOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(_ => new IndexDatabase(options.IndexPath));
        services.AddSingleton<IndexReader>();
        services.AddSingleton<IndexWriter>();
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton<KnowledgeReadiness>();
        services.AddSingleton<TextEmbedder>();
        services.AddSingleton<VectorIndex>();
        services.AddSingleton<VectorFiller>();
        services.AddSingleton(sp => new Retriever(sp.GetRequiredService<IndexReader>(), sp.GetRequiredService<TextEmbedder>(), sp.GetRequiredService<VectorIndex>()));
        if (options.Model is { } model)
            services.AddSingleton<IModelAnswerer>(sp => new OpenAiAnswerer(model, sp.GetRequiredService<ILogger<OpenAiAnswerer>>()));
        services.AddSingleton(sp => new KnowledgeBase(options, sp.GetRequiredService<IndexReader>(), sp.GetRequiredService<IndexWriter>(),
            sp.GetRequiredService<KnowledgeReadiness>(), sp.GetRequiredService<ILogger<KnowledgeBase>>(), sp.GetService<IModelAnswerer>(),
            sp.GetRequiredService<Retriever>()));
        services.AddSingleton<IKnowledgeDocuments>(sp => sp.GetRequiredService<KnowledgeBase>());
        services.AddHostedService<KnowledgeIndexingService>();
        services.AddHostedService<VectorService>();
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge");
        return services;
    }
}
