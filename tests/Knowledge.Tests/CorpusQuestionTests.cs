using Xunit;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace StakeholderBot.Knowledge.Tests;

// The project's own question set over corpus/ (corpus-questions.jsonl): each answer must contain the expected
// text and cite the expected document; questions the documents cannot answer get no answer and no citation.
public sealed class CorpusQuestionTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "corpus-questions.jsonl")).Where(l => l.Length > 0))
            data.Add(JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Question_IsAnsweredFromTheRightDocumentOrRefused(string id)
    {
        var lines = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "corpus-questions.jsonl")).Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var index = lines.FindIndex(q => q.GetProperty("id").GetString() == id);
        var question = lines[index];
        var language = question.TryGetProperty("lang", out var lang) ? lang.GetString()! : "en";

        // A follow-up is asked after the question before it, in the same conversation.
        Answer? previous = null;
        if (question.TryGetProperty("followup", out _))
            previous = await corpus.Harness.AskAsync(lines[index - 1].GetProperty("q").GetString()!, language);
        var answer = await corpus.Harness.AskAsync(question.GetProperty("q").GetString()!, language, previous);

        if (question.TryGetProperty("none", out _))
        {
            Assert.False(answer.Found, $"answered: {answer.PlainText}");
            Assert.Empty(answer.Citations);
            return;
        }
        Assert.True(answer.Found, "no answer");
        Assert.Matches(new Regex(question.GetProperty("expect").GetString()!, RegexOptions.IgnoreCase | RegexOptions.Singleline), answer.PlainText);
        Assert.Contains(answer.Citations, c => c.DocumentPath == question.GetProperty("source").GetString());
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Position}]", answer.PlainText));
    }
}

public sealed class BilingualAnswerTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public async Task EnglishQuestion_IsNotAnsweredAgainWithTheDutchCopyOfTheSameFact()
    {
        var answer = await corpus.Harness.AskAsync("When did UpGradeSME start?", "en");

        Assert.True(answer.Found);
        Assert.Contains("2016", answer.PlainText);
        Assert.DoesNotContain("Einde", answer.PlainText);
        Assert.DoesNotContain("maart", answer.PlainText);
    }
}
