namespace StakeholderBot.Cards.Documents;

// Data keys of the documents cards' actions: the document path, the staged upload, and the version the card showed.
public static class DocumentKeys
{
    public const string Path = "path";
    public const string Staged = "staged";
    public const string Version = "version";
}
