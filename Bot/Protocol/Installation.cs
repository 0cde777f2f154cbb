namespace StakeholderBot.Bot.Protocol;

// Whether an activity tells that the bot left the conversation: the app uninstalled (installationUpdate "remove",
// or "remove-upgrade" when an upgrade drops the bot) or the bot removed from a team or group chat.
public static class Installation
{
    public static bool IsRemoval(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true,
        ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true,
        _ => false,
    };
}
