using System.Collections.Concurrent;

namespace StakeholderBot.Knowledge;

// The same question asked again, with no previous subject to read it with, gets the same answer until the index
// changes: stakeholders ask the same few things many times, and an answer costs far more than a lookup.
public sealed class AnswerCache
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<(string Question, string? Language), Answer> answers = new();
    private long version = -1;
    private int size;

    public bool TryGet(string question, string? language, long indexVersion, out Answer answer)
    {
        answer = null!;
        return Interlocked.Read(ref version) == indexVersion && answers.TryGetValue((Key(question), language), out answer!);
    }

    public void Add(string question, string? language, long indexVersion, Answer answer)
    {
        if (Interlocked.Exchange(ref version, indexVersion) != indexVersion || Volatile.Read(ref size) >= MaxEntries)
        {
            answers.Clear();
            Interlocked.Exchange(ref size, 0);
        }
        if (answers.TryAdd((Key(question), language), answer)) Interlocked.Increment(ref size);
    }

    private static string Key(string question) => string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
