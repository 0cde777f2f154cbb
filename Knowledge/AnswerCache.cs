namespace StakeholderBot.Knowledge;

// The same question asked again by the same audience, with no previous subject to read it with, gets the same answer
// until the index changes: stakeholders ask the same few things many times, and an answer costs far more than a lookup.
public sealed class AnswerCache
{
    // An answer with its citations is one to two KB: at most 2 x 4,000 of them, about 10 MB.
    private const int GenerationSize = 4_000;
    private readonly GenerationalCache<(string Question, string? Language, Audience Reader), Answer> answers = new(GenerationSize);
    private long version = -1;

    public bool TryGet(string question, string? language, Audience reader, long indexVersion, out Answer answer)
    {
        answer = null!;
        return Interlocked.Read(ref version) == indexVersion && answers.TryGet((Key(question), language, reader), out answer!);
    }

    public void Add(string question, string? language, Audience reader, long indexVersion, Answer answer)
    {
        if (Interlocked.Exchange(ref version, indexVersion) != indexVersion) answers.Clear();
        answers.Add((Key(question), language, reader), answer);
    }

    private static string Key(string question) => string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
