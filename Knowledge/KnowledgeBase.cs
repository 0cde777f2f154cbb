using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using StakeholderBot.Knowledge.Answering;
using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;
using StakeholderBot.Knowledge.Models;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge;

// The knowledge API the flows use: ask a question, look up a document, add or remove stored documents. Without a
// model, answers are quoted from the documents (here); with one, they are written by it (KnowledgeBase.Model.cs).
public sealed partial class KnowledgeBase(
    KnowledgeOptions options, IndexReader reader, IndexWriter writer, KnowledgeReadiness readiness, ILogger<KnowledgeBase> logger,
    ModelPath? model = null, Retriever? retriever = null, AnswerTraffic? traffic = null) : IKnowledgeDocuments
{
    private const int MaxStoredText = 1_000_000;
    private const int SubjectDepth = 3;
    private readonly Retriever retriever = retriever ?? new(reader);
    private readonly AnalysisCache analyses = new(reader);
    private readonly AnswerCache answers = new();
    private readonly ModelPath model = model ?? ModelPath.None;

    public bool IsReady => readiness.IsReady;

    public string CorpusPath => options.CorpusPath;

    // Whether answers are written by a model (and can be shown while it writes them).
    public bool WritesAnswers => model.IsConfigured;

    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken)
    {
        Answer? answer = null;
        await foreach (var progress in AskStreamingAsync(question, cancellationToken))
            if (progress is AnswerProgress.Done done) answer = done.Answer;
        return answer!;
    }

    // The answer, and before it (with a model) what the model has written so far, as it grows.
    public async IAsyncEnumerable<AnswerProgress> AskStreamingAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var answering = traffic?.Begin();
        var version = reader.Version;
        // "Hi, ...? Thanks!": the courtesies around a question are not part of it.
        var text = Courtesy.Read(question.Text, question.Language) is { IsSmallTalk: false } reading ? reading.Question : question.Text.Trim();
        var analyzed = QuestionAnalyzer.Analyze(text, question.Language);
        // A question read on its own (not a follow-up) can be answered from the cache.
        var cacheable = !analyzed.IsFollowUp;
        if (cacheable && answers.TryGet(text, question.Language, question.Reader, version, out var cached))
        {
            yield return new AnswerProgress.Done(cached with { FromCache = true });
            yield break;
        }
        var previous = string.IsNullOrWhiteSpace(question.PreviousSubject) ? []
            : question.PreviousSubject.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(SubjectDepth - 1).ToList();
        if (model.IsConfigured)
        {
            await foreach (var progress in AskModelAsync(question, text, analyzed, previous, cacheable, version, cancellationToken)) yield return progress;
            yield break;
        }
        var answer = FromDocuments(question, text, analyzed, analyzed.IsFollowUp ? previous : []);
        if (cacheable) answers.Add(text, question.Language, question.Reader, version, answer);
        yield return new AnswerProgress.Done(answer);
    }

    // The extractive answer: the words' BM25 ranking first, the question's meaning too when that finds nothing acceptable.
    private Answer FromDocuments(Question question, string text, AnalyzedQuestion analyzed, IReadOnlyList<string> previous)
    {
        var subject = text;
        if (previous.Count > 0)
        {
            analyzed = FollowUp.Merge(analyzed, previous);
            subject = string.Join('\n', previous.Prepend(subject));
        }
        // A partner-language compound the documents never show whole is looked for by its last part too.
        analyzed = Compounds.Split(analyzed, reader.DocumentFrequency);
        var preferred = new HashSet<string>(analyzed.IsFollowUp ? question.PreviousDocuments ?? [] : [], StringComparer.Ordinal);
        var vocabulary = Weigh(analyzed);
        var retrieval = retriever.Retrieve(analyzed, question.Reader);
        var units = UnitScorer.Score(analyzed, vocabulary, retrieval.Passages, preferred, analyses);
        // The question's words found no answer: its meaning may find the passage that words it differently. Embedding a
        // question costs more than answering one by its words, so it is done only then, and not when the words' search
        // was complete: the meaning search could then add only passages holding none of the question's words, which
        // cannot show that a value is the one of what the question names (they gave wrong cited answers). An open
        // English question still searches by meaning, since it compares its units by meaning anyway, but not one asking
        // why: only a unit holding one of its words (or right after one) can give the cause it asks for.
        var open = retriever.CanCompareMeaning && analyzed.Kind == AnswerKind.Any && analyzed.Language == "en";
        if (retriever.CanSearchMeaning && !units.Exists(u => u.Acceptable) && (!retrieval.Complete || open && !analyzed.AsksReason))
        {
            retrieval = retriever.Fuse(analyzed, question.Reader, byWords: retrieval);
            units = UnitScorer.Score(analyzed, vocabulary, retrieval.Passages, preferred, analyses);
        }
        // Nor did they answer an open question: the meaning of the units about what it names may (English questions: the
        // model reads English).
        if (open && !units.Exists(u => u.Acceptable))
            units = MeaningChoice.Choose(units, texts => retriever.Closeness(analyzed.Text, texts));
        return Extractive(analyzed, units, subject, analyzed.Language);
    }

    // In how many passages each concept occurs (any of its forms) and its idf; a name is distinctive when fewer than
    // one passage in five mentions it. The documents are English: other languages' words are mostly unknown to them.
    private Vocabulary Weigh(AnalyzedQuestion question)
    {
        var total = Math.Max(1, reader.PassageCount());
        var frequencies = question.Concepts.Select(c => c.SearchTerms.Max(reader.DocumentFrequency)).ToList();
        var weights = frequencies.Select((f, i) => Math.Max(0.2, Math.Log(1 + (total - f + 0.5) / (f + 0.5))) * question.Concepts[i].Emphasis).ToList();
        return new Vocabulary(frequencies, weights, question.Language == "en", name => reader.DocumentFrequency(name) * 5 < total);
    }

    // language: the asker's, which may differ from the analysed question's (a question searched in English).
    private static Answer Extractive(AnalyzedQuestion analyzed, IReadOnlyList<ScoredUnit> units, string subject, string language)
    {
        var extractive = ExtractiveAnswerer.Compose(analyzed, units);
        return extractive is { } found
            ? new Answer(found.Segments, found.Citations, false, subject, language) { SourceLanguage = found.Language }
            : Answer.NotFound(subject, language);
    }

    // The document at this path, if the reader may see it.
    public StoredDocument? FindDocument(string path, Audience audience) =>
        DocumentPaths.IsValid(path) && reader.Document(path) is { } document && (document.Audience & audience) != 0 ? document : null;

    public async Task UpsertDocumentAsync(string path, string title, string language, string text, Audience audience,
        CancellationToken cancellationToken = default)
    {
        if (!DocumentPaths.IsValid(path)) throw new ArgumentException($"'{path}' is not a valid document path (relative, '/'-separated, no '..').", nameof(path));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A document needs a title.", nameof(title));
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxStoredText) throw new ArgumentException($"A stored document holds at most {MaxStoredText} characters.", nameof(text));
        if (!Enum.IsDefined(audience)) throw new ArgumentException($"'{audience}' is not an audience.", nameof(audience));
        var existing = reader.Document(path);
        if (existing is { Kind: DocumentKind.File }) throw new ArgumentException($"'{path}' is a corpus file and cannot be replaced.", nameof(path));

        // A sync that finds a document unchanged leaves it alone: no re-indexing, no new index version.
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\0', title, language, ((int)audience).ToString(System.Globalization.CultureInfo.InvariantCulture), text))));
        if (existing?.Hash == hash) return;
        var lang = string.IsNullOrWhiteSpace(language) ? LanguageDetector.Detect(title + "\n" + text) : language.Trim().ToLowerInvariant();
        var parsed = PlainTextReader.Read(text, Titles.Shorten(title.Trim(), Titles.MaxLength), titleFromText: false);
        var document = PassageBuilder.Build(path, parsed, lang);
        var source = new DocumentSource(DocumentKind.Stored, text.Length, DateTime.UtcNow.Ticks, hash, text, audience);
        await writer.WriteAsync([IndexEntry.Create(document, source)], [], cancellationToken);
        logger.LogInformation("Stored document {Path} indexed ({Passages} passages)", path, document.Passages.Count);
    }

    public async Task RemoveDocumentAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!DocumentPaths.IsValid(path) || reader.Document(path) is not { Kind: DocumentKind.Stored }) return;
        await writer.WriteAsync([], [path], cancellationToken);
    }

    public IReadOnlyList<string> StoredPaths(string prefix) => reader.StoredPaths(prefix);

    public async Task<int> BindSourceAsync(string prefix, string source, CancellationToken cancellationToken = default)
    {
        var removed = await writer.BindSourceAsync(prefix, source, cancellationToken);
        if (removed > 0) logger.LogInformation("{Removed} stored documents under {Prefix} came from another source and were removed", removed, prefix);
        return removed;
    }
}
