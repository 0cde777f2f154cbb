using StakeholderBot.Knowledge;

namespace StakeholderBot.Knowledge.Tests;

public static class AnswerText
{
    // The answer as plain text with its [n] markers, as the tests read it.
    extension(Answer answer)
    {
        public string PlainText => string.Concat(answer.Segments.Select(s => s.Text + string.Concat(s.Citations.Select(c => $" [{c}]"))));
    }
}
