using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge;

// The knowledge API the flows use: ask a question, look up a document, add or remove stored documents.
public sealed class KnowledgeBase(
    KnowledgeOptions options, IndexReader reader, IndexWriter writer, KnowledgeReadiness readiness, ILogger<KnowledgeBase> logger,
    IModelAnswerer? model = null, Retriever? retriever = null) : IKnowledgeDocuments
{
    private const int MaxStoredText = 1_000_000;
    private const int SubjectDepth = 3;
    private readonly Retriever retriever = retriever ?? new(reader);
    private readonly AnalysisCache analyses = new(reader);
    private readonly AnswerCache answers = new();

    public bool IsReady => readiness.IsReady;

    public string CorpusPath => options.CorpusPath;

    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken)
    {
        var version = reader.Version;
        var analyzed = QuestionAnalyzer.Analyze(question.Text, question.Language);
        var subject = question.Text.Trim();
        // A question read on its own (not a follow-up) can be answered from the cache.
        var cacheable = !analyzed.IsFollowUp;
        if (cacheable && answers.TryGet(subject, question.Language, version, out var cached)) return cached;
        if (analyzed.IsFollowUp && !string.IsNullOrWhiteSpace(question.PreviousSubject))
        {
            var previous = question.PreviousSubject.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(SubjectDepth - 1).ToList();
            analyzed = FollowUp.Merge(analyzed, previous);
            subject = string.Join('\n', previous.Prepend(subject));
        }
        var preferred = new HashSet<string>(analyzed.IsFollowUp ? question.PreviousDocuments ?? [] : [], StringComparer.Ordinal);
        var retrieval = retriever.Retrieve(analyzed);
        var units = UnitScorer.Score(analyzed, retrieval.Weights, retrieval.Passages, preferred, analyses);
        // The question's words found no answer: its meaning may find the passage that words it differently.
        if (retriever.CanSearchMeaning && ExtractiveAnswerer.Compose(analyzed, units) is null)
        {
            retrieval = retriever.Fuse(analyzed);
            units = UnitScorer.Score(analyzed, retrieval.Weights, retrieval.Passages, preferred, analyses);
        }

        var answer = await ComposeAsync(analyzed, units, subject, cancellationToken);
        if (cacheable && answer is not null) answers.Add(subject, question.Language, version, answer);
        return answer ?? Extractive(analyzed, units, subject);
    }

    // Null when the model failed and the extractive answer stands in (not cached, so the model is tried again).
    private async Task<Answer?> ComposeAsync(AnalyzedQuestion analyzed, IReadOnlyList<ScoredUnit> units, string subject, CancellationToken cancellationToken)
    {
        if (model is null || units.Count == 0) return Extractive(analyzed, units, subject);
        var generated = await model.AnswerAsync(analyzed, units, cancellationToken);
        if (generated is not { } result) return null;
        return result.Segments.Count == 0 ? Answer.NotFound(subject, analyzed.Language) : new Answer(result.Segments, result.Citations, true, subject, analyzed.Language);
    }

    private static Answer Extractive(AnalyzedQuestion analyzed, IReadOnlyList<ScoredUnit> units, string subject)
    {
        var extractive = ExtractiveAnswerer.Compose(analyzed, units);
        return extractive is { } found
            ? new Answer(found.Segments, found.Citations, false, subject, analyzed.Language)
            : Answer.NotFound(subject, analyzed.Language);
    }

    public StoredDocument? FindDocument(string path) => DocumentPaths.IsValid(path) ? reader.Document(path) : null;

    public async Task UpsertDocumentAsync(string path, string title, string language, string text, CancellationToken cancellationToken = default)
    {
        if (!DocumentPaths.IsValid(path)) throw new ArgumentException($"'{path}' is not a valid document path (relative, '/'-separated, no '..').", nameof(path));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A document needs a title.", nameof(title));
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxStoredText) throw new ArgumentException($"A stored document holds at most {MaxStoredText} characters.", nameof(text));
        if (reader.Document(path) is { Kind: DocumentKind.File }) throw new ArgumentException($"'{path}' is a corpus file and cannot be replaced.", nameof(path));

        var lang = string.IsNullOrWhiteSpace(language) ? LanguageDetector.Detect(title + "\n" + text) : language.Trim().ToLowerInvariant();
        var parsed = PlainTextReader.Read(text, Titles.Shorten(title.Trim(), Titles.MaxLength), titleFromText: false);
        var document = PassageBuilder.Build(path, parsed, lang);
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        var source = new DocumentSource(DocumentKind.Stored, text.Length, DateTime.UtcNow.Ticks, hash, text);
        await writer.WriteAsync([IndexEntry.Create(document, source)], [], cancellationToken);
        logger.LogInformation("Stored document {Path} indexed ({Passages} passages)", path, document.Passages.Count);
    }

    public async Task RemoveDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!DocumentPaths.IsValid(path) || reader.Document(path) is not { Kind: DocumentKind.Stored }) return;
        await writer.WriteAsync([], [path], cancellationToken);
    }
}
