using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// A sentence (or list) of a retrieved passage with its scores: Lexical is the weighted share of the question's
// concepts found in it or its surroundings (0..1); Type how clearly it holds the asked kind of answer.
public sealed record ScoredUnit(PassageHit Passage, int Index, Unit Unit, TermSet Terms, double Lexical, double Type, double Score);
