namespace StakeholderBot.Storage.Tables;

// Table names: 3-63 characters, letters and digits, starting with a letter ("tables" is reserved).
public static class TableNames
{
    public static bool IsValid(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && char.IsAsciiLetter(name[0])
        && name.All(char.IsAsciiLetterOrDigit)
        && !name.Equals("tables", StringComparison.OrdinalIgnoreCase);

    public static void Validate(string? name)
    {
        if (!IsValid(name))
            throw new ArgumentException(
                $"'{name}' is not a valid table name: use 3-63 letters and digits, starting with a letter.", nameof(name));
    }
}
