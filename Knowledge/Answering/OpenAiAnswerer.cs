using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using Microsoft.Extensions.Logging;
using OpenAI;
using OpenAI.Chat;

namespace StakeholderBot.Knowledge.Answering;

// Writes the answer with a chat model (OpenAI, Azure OpenAI's /openai/v1/ or any compatible server) from the
// best passages, fenced as data. Markers the passages do not back are dropped; any failure returns null so the
// extractive answer is used.
public sealed class OpenAiAnswerer : IModelAnswerer
{
    public const string NotInSources = "NOT_IN_SOURCES";
    private const int MaxPassages = 5;
    private const double MinimumRelevance = 0.2;

    private readonly ChatClient client;
    private readonly ModelOptions options;
    private readonly ILogger<OpenAiAnswerer> logger;

    public OpenAiAnswerer(ModelOptions options, ILogger<OpenAiAnswerer> logger)
    {
        this.options = options;
        this.logger = logger;
        client = ChatClients.Create(options);
    }

    public async Task<(IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations)?> AnswerAsync(
        AnalyzedQuestion question, IReadOnlyList<ScoredUnit> units, CancellationToken cancellationToken)
    {
        var sources = SourceSelection.Best(units, MaxPassages);
        if (sources.Count == 0 || units.Max(u => u.Lexical) < MinimumRelevance) return ([], []);

        var fence = "SRC-" + Guid.NewGuid().ToString("N")[..12];
        ChatMessage[] messages = [new SystemChatMessage(Prompts.System(question.Language)), new UserChatMessage(Prompts.User(question.Text, sources, fence))];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        string text;
        try
        {
            var completion = await client.CompleteChatAsync(messages, new ChatCompletionOptions { Temperature = 0.1f, MaxOutputTokenCount = 500 }, timeout.Token);
            text = string.Concat(completion.Value.Content.Select(part => part.Text)).Trim();
        }
        // Whatever the endpoint does (errors, timeouts, dropped connections, replies without choices),
        // the user still gets the extractive answer; only the caller's own cancellation ends the turn.
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "Chat model {Model} failed; answering from the passages instead", options.ChatModel);
            return null;
        }
        if (text.Length == 0)
        {
            logger.LogWarning("Chat model {Model} returned no text; answering from the passages instead", options.ChatModel);
            return null;
        }
        if (text.Contains(NotInSources, StringComparison.Ordinal)) return ([], []);
        return MarkerCheck.Build(text, sources, question.Language);
    }
}
