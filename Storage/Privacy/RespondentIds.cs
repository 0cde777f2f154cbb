namespace StakeholderBot.Storage.Privacy;

// Whose data a request is about: the respondent's pseudonym (every row about them carries it) and, when they ask
// themselves, their Teams user id and personal chat with the bot, which also find what was stored before rows carried
// the pseudonym (their survey progress in any chat, everything kept for their personal chat).
public sealed record RespondentIds(string Respondent, string? UserId = null, string? PersonalConversationId = null);
