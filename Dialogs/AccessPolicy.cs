using StakeholderBot.Knowledge;

namespace StakeholderBot.Dialogs;

// Project managers are named in Access:ProjectManagers by their Entra object id (aadObjectId), which Teams sets
// from the signed-in account. Never by the channel's user id (from.id): other channels let the client choose it.
// Everyone else is a stakeholder or SME.
public sealed class AccessPolicy(IEnumerable<string> projectManagers)
{
    private readonly HashSet<string> managers = new(
        projectManagers.Select(m => m.Trim()).Where(m => m.Length > 0), StringComparer.OrdinalIgnoreCase);

    public bool IsProjectManager(UserRef user) => user.AadObjectId is { Length: > 0 } oid && managers.Contains(oid);

    // Whom an answer in this conversation is for: what only managers may read is answered only to a manager in
    // personal chat, because everyone in a group chat or channel (guests included) reads the reply and its links.
    public Audience ReaderOf(Turn turn) =>
        turn.Conversation.Kind == ConversationKind.Personal && IsProjectManager(turn.User) ? Audience.ProjectManagers : Audience.Stakeholders;
}
