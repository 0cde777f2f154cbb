using System.Text.Json;
using StakeholderBot.Knowledge.Text;

namespace StakeholderBot.Knowledge.Answering;

public enum SmallTalk { Greeting, Thanks, Goodbye, Identity, Abilities, Wellbeing }

// What a message says besides its question. Question: the message without the greeting before it and the thanks or
// sign-off after it ("Hi, ...? Thanks!"), empty when the whole message is small talk. SmallTalk: what the courtesies
// were; Language: the language they were written in, when they tell (null otherwise).
public sealed record CourtesyReading(string Question, IReadOnlySet<SmallTalk> SmallTalk, string? Language)
{
    public bool IsSmallTalk => Question.Length == 0;
}

// Greetings, thanks, goodbyes and questions to the bot itself ("who are you?"), from Data/courtesy.json. A message made
// only of them (and filler words such as "ok" or "please") is small talk; around a question they are trimmed off.
public static class Courtesy
{
    private const int MaxNameWords = 3;
    private static readonly Phrases All = Load();

    public static CourtesyReading Read(string text, string? languageHint = null)
    {
        var words = FoldedWords.Of(text);
        var found = new List<Phrase>();
        if (Covers(words, found)) return Reading("", found, languageHint);

        var start = 0;
        var end = text.Length;
        var first = 0;
        var last = words.Count;
        // "Hi, ...", "Hallo zusammen! ...": a greeting (or thanks) set off from what follows.
        while (first < last && Opening(text, words, first, last) is { } opening)
        {
            found.Add(opening.Phrase);
            first = opening.Next;
            start = first < words.Count ? words[first].Start : text.Length;
        }
        // "... ? Thanks!", "... . Kind regards, Anna": thanks or a sign-off after the question has ended.
        while (last > first && Closing(text, words, first, last) is { } closing)
        {
            found.Add(closing.Phrase);
            last = closing.At;
            end = SeparatorBefore(text, words[closing.At].Start) + 1;
        }
        return Reading(text[start..Math.Max(start, end)].Trim().TrimEnd(',', ';', ':').TrimEnd(), found, languageHint);
    }

    private static CourtesyReading Reading(string question, List<Phrase> found, string? languageHint) =>
        new(question, found.Where(p => p.Intent is not null).Select(p => p.Intent!.Value).ToHashSet(), LanguageOf(found, languageHint));

    // Whether the message is courtesies and filler words from end to end (nothing at all counts too).
    private static bool Covers(List<FoldedWord> words, List<Phrase> found)
    {
        for (var i = 0; i < words.Count;)
        {
            var phrase = All.Longest(words, i, words.Count, _ => true);
            if (phrase is null) { found.Clear(); return false; }
            found.Add(phrase);
            i += phrase.Words.Length;
        }
        return true;
    }

    private static (Phrase Phrase, int Next)? Opening(string text, List<FoldedWord> words, int first, int last)
    {
        var phrase = All.Longest(words, first, last, p => p.Intent is SmallTalk.Greeting or SmallTalk.Thanks);
        if (phrase is null) return null;
        var next = first + phrase.Words.Length;
        // "Hi StakeholderBot, ...", "Dear Anna, ...": a name may stand between the greeting and its comma.
        for (var name = next; name <= Math.Min(last, next + MaxNameWords); name++)
        {
            if (name > next && !IsName(text, words[name - 1])) break;
            var gap = name < words.Count ? text.AsSpan(words[name - 1].End, words[name].Start - words[name - 1].End) : text.AsSpan(words[name - 1].End);
            if (name < last && gap.IndexOfAny(",!.:;\n–—") >= 0) return (phrase, name);
        }
        return null;
    }

    private static (Phrase Phrase, int At)? Closing(string text, List<FoldedWord> words, int first, int last)
    {
        for (var at = Math.Max(first + 1, last - MaxNameWords - 4); at < last; at++)
        {
            var phrase = All.Longest(words, at, last, p => p.Intent is SmallTalk.Thanks or SmallTalk.Goodbye);
            if (phrase is null) continue;
            var after = at + phrase.Words.Length;
            if (after < last && (after + MaxNameWords < last || !words.Skip(after).Take(last - after).All(w => IsName(text, w)))) continue;
            if (SeparatorBefore(text, words[at].Start) < words[at - 1].End) continue;
            return (phrase, at);
        }
        return null;
    }

    // Where the sentence before position ends (its '?', '.', '!', ',' or line break), or -1.
    private static int SeparatorBefore(string text, int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (text[i] is '?' or '.' or '!' or ',' or ';' or ':' or '\n') return i;
            if (!char.IsWhiteSpace(text[i])) return -1;
        }
        return -1;
    }

    private static bool IsName(string text, FoldedWord word) => char.IsUpper(text[word.Start]) || All.IsBotName(word.Text);

    // The language most of the courtesies belong to; the hint when it is one of them.
    private static string? LanguageOf(List<Phrase> found, string? hint)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in found.Where(p => p.Intent is not null))
            foreach (var language in phrase.Languages) votes[language] = votes.GetValueOrDefault(language) + phrase.Words.Length;
        if (votes.Count == 0) return null;
        var top = votes.Values.Max();
        if (hint is not null && votes.GetValueOrDefault(hint) == top) return hint;
        return votes.First(v => v.Value == top).Key;
    }

    private sealed record Phrase(string[] Words, SmallTalk? Intent, HashSet<string> Languages);

    private sealed class Phrases
    {
        private readonly Dictionary<string, List<Phrase>> byFirstWord = new(StringComparer.Ordinal);
        private readonly HashSet<string> botNames = new(StringComparer.Ordinal) { "bot", "stakeholderbot" };

        public void Add(string text, SmallTalk? intent, string language)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!byFirstWord.TryGetValue(words[0], out var list)) byFirstWord[words[0]] = list = [];
            var known = list.Find(p => p.Intent == intent && p.Words.SequenceEqual(words));
            if (known is not null) { known.Languages.Add(language); return; }
            list.Add(new Phrase(words, intent, [language]));
            // Longest first, so "thank you very much" wins over "thank you".
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        public bool IsBotName(string folded) => botNames.Contains(folded);

        public Phrase? Longest(List<FoldedWord> words, int at, int end, Func<Phrase, bool> wanted)
        {
            if (!byFirstWord.TryGetValue(words[at].Text, out var candidates)) return null;
            foreach (var phrase in candidates)
            {
                if (!wanted(phrase) || at + phrase.Words.Length > end) continue;
                var matches = true;
                for (var k = 1; k < phrase.Words.Length && matches; k++) matches = words[at + k].Text == phrase.Words[k];
                if (matches) return phrase;
            }
            return null;
        }
    }

    private static Phrases Load()
    {
        using var json = AnsweringData.Read("courtesy.json");
        var phrases = new Phrases();
        foreach (var group in json.RootElement.EnumerateObject())
        {
            if (group.Name.StartsWith('_')) continue;
            SmallTalk? intent = group.Name == "filler" ? null : Enum.Parse<SmallTalk>(group.Name, ignoreCase: true);
            foreach (var language in group.Value.EnumerateObject())
                foreach (var text in language.Value.GetString()!.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    phrases.Add(text, intent, language.Name);
        }
        return phrases;
    }
}
