using StakeholderBot.Knowledge;

namespace StakeholderBot.Dialogs;

// Project managers are named in Access:ProjectManagers by AAD object id (or user principal name,
// matched when the host knows it). Everyone else is a stakeholder or SME.
public sealed class AccessPolicy(IEnumerable<string> projectManagers)
{
    private readonly HashSet<string> managers = new(
        projectManagers.Select(m => m.Trim()).Where(m => m.Length > 0), StringComparer.OrdinalIgnoreCase);

    public bool IsProjectManager(UserRef user) =>
        (user.AadObjectId is { } oid && managers.Contains(oid)) || managers.Contains(user.Id);

    // Whom an answer in this conversation is for: what only managers may read is answered only to a manager in
    // personal chat, because everyone in a group chat or channel (guests included) reads the reply and its links.
    public Audience ReaderOf(Turn turn) =>
        turn.Conversation.Kind == ConversationKind.Personal && IsProjectManager(turn.User) ? Audience.ProjectManagers : Audience.Stakeholders;
}
