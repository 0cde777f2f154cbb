using System.ClientModel;
using System.Globalization;
using Microsoft.Extensions.AI;

namespace StakeholderBot.Knowledge.Models;

// The model service said "too many requests" and, usually, how long to wait: the callers that can wait (indexing) do.
public sealed class ModelThrottledException(TimeSpan? retryAfter, Exception inner)
    : Exception("The model service is throttling requests (429).", inner)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

// Turns the SDK's 429 into ModelThrottledException with the service's wait (Azure sends retry-after-ms and retry-after),
// so nothing past ModelClients needs to know the SDK's exception types.
internal sealed class ThrottleSignallingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner)
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(inner)
{
    public override async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.GenerateAsync(values, options, cancellationToken);
        }
        catch (ClientResultException error) when (error.Status == 429)
        {
            throw new ModelThrottledException(RetryAfter(error.GetRawResponse()), error);
        }
    }

    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponse? response)
    {
        if (response is null) return null;
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            return TimeSpan.FromMilliseconds(Math.Max(0, milliseconds));
        if (!response.Headers.TryGetValue("Retry-After", out var value) || value is null) return null;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(Math.Max(0, seconds));
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? TimeSpan.FromTicks(Math.Max(0, (date - DateTimeOffset.UtcNow).Ticks))
            : null;
    }
}
