using Microsoft.Extensions.Logging.Abstractions;
using StakeholderBot.Knowledge;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Embeddings;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Knowledge.Tests;

// The knowledge parts wired as AddKnowledge wires them, over a corpus folder and an index file of the test's choosing.
public sealed class KnowledgeHarness
{
    // model: the OpenAI settings, built into clients as the bot builds them (ModelClients), or the clients themselves.
    public KnowledgeHarness(string corpusPath, string? indexPath = null, ModelOptions? model = null, TimeSpan? rescan = null,
        ModelClients? clients = null, TimeProvider? time = null)
    {
        IndexPath = indexPath ?? Path.Combine(TempFolders.Create("sb-index-"), "index.db");
        Options = new KnowledgeOptions { CorpusPath = corpusPath, IndexPath = IndexPath, RescanSeconds = (int)(rescan ?? TimeSpan.FromSeconds(30)).TotalSeconds };
        Database = new IndexDatabase(IndexPath);
        Reader = new IndexReader(Database);
        Writer = new IndexWriter(Database);
        Indexer = new CorpusIndexer(Options, Reader, Writer, NullLogger<CorpusIndexer>.Instance);
        Readiness = new KnowledgeReadiness();
        Vectors = new VectorIndex();
        Filler = new VectorFiller(Reader, Writer, Embedder, Vectors, NullLogger<VectorFiller>.Instance);
        Retriever = new Retriever(Reader, Embedder, Vectors);
        var modelOptions = model ?? new ModelOptions();
        Model = ModelPath.Create(clients ?? ModelClients.Create(modelOptions), modelOptions, Database, Reader, time ?? TimeProvider.System, NullLoggerFactory.Instance);
        Knowledge = new KnowledgeBase(Options, Reader, Writer, Readiness, NullLogger<KnowledgeBase>.Instance, Model, Retriever);
    }

    public string IndexPath { get; }
    public KnowledgeOptions Options { get; }
    public IndexDatabase Database { get; }
    public IndexReader Reader { get; }
    public IndexWriter Writer { get; }
    public CorpusIndexer Indexer { get; }
    public KnowledgeReadiness Readiness { get; }
    public KnowledgeBase Knowledge { get; }
    public VectorIndex Vectors { get; }
    public VectorFiller Filler { get; }
    public Retriever Retriever { get; }
    public ModelPath Model { get; }

    // The model is loaded once per test process, as in the bot.
    public static TextEmbedder Embedder { get; } = new();

    // As the bot does it: the text index, then (unless asked not to) the passage vectors behind it.
    public async Task<SyncResult> IndexAsync(bool vectors = true)
    {
        var result = await Indexer.SyncAsync(CancellationToken.None);
        Readiness.MarkReady();
        if (vectors) await Filler.FillAsync(CancellationToken.None);
        if (Model.Vectors is { } deployment) await deployment.FillAsync(CancellationToken.None);
        return result;
    }

    public Task<Answer> AskAsync(string question, string language = "en", Answer? previous = null, Audience reader = Audience.Stakeholders,
        string asker = "test-user") =>
        Knowledge.AskAsync(new Question(question, language, previous?.Subject, previous?.Documents, reader) { Asker = asker }, CancellationToken.None);

    public static string RepoCorpus => Path.Combine(TestSupport.RepoPaths.Root, "corpus");
}
