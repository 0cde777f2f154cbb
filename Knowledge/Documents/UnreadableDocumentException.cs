namespace StakeholderBot.Knowledge.Documents;

public enum UnreadableReason { Damaged, Encrypted, NoText, TooLarge }

// A file that cannot be indexed, with a reason a person can act on ("no text layer: a scan?").
public sealed class UnreadableDocumentException(UnreadableReason reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public UnreadableReason Reason { get; } = reason;
}
