namespace StakeholderBot.Knowledge.Answering;

// A follow-up ("and who runs it?") is read with the concepts of the questions before it, which count less
// than its own; it keeps what it asks for, or the previous question's kind when it names none.
public static class FollowUp
{
    private const double Decay = 0.6;

    public static AnalyzedQuestion Merge(AnalyzedQuestion current, IReadOnlyList<string> previousQuestions)
    {
        var concepts = current.Concepts.ToList();
        var kind = current.Kind;
        var edge = current.Edge;
        var factor = Decay;
        foreach (var text in previousQuestions)
        {
            var previous = QuestionAnalyzer.Analyze(text, current.Language);
            if (kind == AnswerKind.Any) (kind, edge) = (previous.Kind, previous.Edge);
            foreach (var concept in previous.Concepts)
            {
                if (concepts.Any(c => c.Alternatives[0].SequenceEqual(concept.Alternatives[0]))) continue;
                concepts.Add(concept with { Emphasis = concept.Emphasis * factor });
            }
            factor *= Decay;
        }
        return current with { Concepts = concepts, Kind = kind, Edge = edge };
    }
}
