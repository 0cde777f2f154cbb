namespace StakeholderBot.Knowledge.Answering;

// A language model that writes the answer from the best passages. Null result: use the extractive answer
// (timeout, error, unusable output). No segments: the sources do not hold the answer.
public interface IModelAnswerer
{
    Task<(IReadOnlyList<AnswerSegment> Segments, IReadOnlyList<Citation> Citations)?> AnswerAsync(
        AnalyzedQuestion question, IReadOnlyList<ScoredUnit> units, CancellationToken cancellationToken);
}
