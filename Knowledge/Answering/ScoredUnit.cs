using StakeholderBot.Knowledge.Documents;
using StakeholderBot.Knowledge.Index;

namespace StakeholderBot.Knowledge.Answering;

// A sentence (or list) of a retrieved passage with its scores: Lexical is the weighted share of the question's
// concepts found in it or its surroundings (0..1), Own the share in its own words or heading; Type how clearly it
// holds the asked kind of answer; Names the share of the question's names found anywhere around it.
public sealed record ScoredUnit(PassageHit Passage, int Index, Unit Unit, TermSet Terms, double Lexical, double Own, double Type, double Names, bool Evidence, double Score);
