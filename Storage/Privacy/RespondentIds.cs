namespace StakeholderBot.Storage.Privacy;

// Whose data a request is about: the respondent's pseudonym (every row about them carries it) and, when they ask
// themselves, their Teams user id, personal chat with the bot and user key (a project manager's reminder settings are
// kept under it), which also find what was stored before rows carried the pseudonym.
public sealed record RespondentIds(string Respondent, string? UserId = null, string? PersonalConversationId = null, string? ManagerKey = null);
