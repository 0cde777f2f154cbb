namespace StakeholderBot.Knowledge.Answering;

// What a question asks for, read from its wording; the sentence that answers it should contain one.
public enum AnswerKind { Any, Date, Amount, Share, Quantity, Count, Who, Place, Name, Contact }

// "When did it start / end?" asks for one edge of a period; "how long did it last?" for its span.
public enum PeriodEdge { None, Start, End, Span }
