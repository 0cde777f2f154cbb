using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// A unit of a retrieved passage as an answer: Lexical is the weighted share of the question's concepts found in it or
// around it (0..1), Own the share of its plain words in the unit itself; Type how clearly it holds the kind of answer
// asked for; Names 1 when every name of the question was found for it. Acceptable: it holds what is asked (see
// UnitScorer); Score ranks it among the others.
public sealed record ScoredUnit(PassageHit Passage, int Index, Unit Unit, TermSet Terms, double Lexical, double Own, double Type, double Names, bool Acceptable, double Score)
{
    // The unit is about what an open question names and may answer it by meaning (see MeaningChoice).
    public bool About { get; init; }

    // The unit points back to what the one before it named ("They do this by ...", "83 of them"); MeaningChoice reads it
    // with that one only when it opens so.
    public bool PointsBack { get; init; }

    // The cosine of the question to the unit in its context, when it was worked out.
    public double? Meaning { get; init; }
}
