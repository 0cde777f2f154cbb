namespace StakeholderBot.Cards.Documents;

// Card verbs of the documents flow; data keys carry the document path, the staged upload and the version seen.
public static class DocumentVerbs
{
    public const string Prefix = "documents.";
    public const string List = "documents.list";
    public const string Remove = "documents.remove";
    public const string ConfirmRemove = "documents.remove.confirm";
    public const string Replace = "documents.replace";
    public const string ConfirmReplace = "documents.replace.confirm";
    public const string Cancel = "documents.cancel";

    public const string PathKey = "path";
    public const string StagedKey = "staged";
    public const string VersionKey = "version";
}
