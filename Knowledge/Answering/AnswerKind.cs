namespace StakeholderBot.Knowledge.Answering;

// What a question asks for, read from its wording; the sentence that answers it should contain one.
public enum AnswerKind { Any, Date, Amount, Quantity, Count, Who, Place, Name }

// "When did it start / end?" asks for one edge of a period.
public enum PeriodEdge { None, Start, End }
