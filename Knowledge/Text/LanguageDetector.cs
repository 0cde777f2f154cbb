namespace StakeholderBot.Knowledge.Text;

// Guesses the language of a text from its function words and a few letters only one partner language uses.
// Short texts lean on the hint (the activity's locale or the document's language).
public static class LanguageDetector
{
    public static string Detect(string text, string? hint = null)
    {
        var words = Tokenizer.Scan(text).Where(t => t.IsWordLike).Select(t => t.Text).ToList();
        var best = hint is not null && StopWords.Languages.Contains(hint) ? hint : "en";
        var bestScore = StopWords.Count(words, best) + Letters(text, best) + 0.5;
        foreach (var language in StopWords.Languages)
        {
            var score = StopWords.Count(words, language) + Letters(text, language);
            if (score > bestScore) (best, bestScore) = (language, score);
        }
        return best;
    }

    private static double Letters(string text, string language)
    {
        var marks = language switch
        {
            "hu" => "őűŐŰ",
            "pl" => "łąęśżźńŁĄĘŚŻŹŃ",
            "lt" => "ėųįūĖŲĮŪ",
            "ro" => "șțăȘȚĂ",
            "es" => "ñ¿¡Ñ",
            "pt" => "ãõçÃÕ",
            "de" => "ßä",
            "sl" => "",
            _ => "",
        };
        if (marks.Length == 0) return 0;
        var count = 0;
        foreach (var c in text) if (marks.Contains(c)) count++;
        return Math.Min(count, 3) * 0.7;
    }
}
