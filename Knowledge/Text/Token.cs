namespace StakeholderBot.Knowledge.Text;

public enum TokenKind { Word, Proper, Number, Unit }

// One normalised token and where it came from in the original text. Text is folded (lower case, no
// diacritics); numbers are canonical ("7,6" and "7.6" -> "7d6"), units canonical ("M", "€" -> "million", "eur").
public readonly record struct Token(string Text, TokenKind Kind, int Start, int End)
{
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Proper;
}
