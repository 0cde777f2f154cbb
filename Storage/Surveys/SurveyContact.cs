namespace StakeholderBot.Storage.Surveys;

// An e-mail address a respondent gave because they want to be contacted about support: kept apart from their answers
// (SurveyContactStore), under the same pseudonym, never in the responses table or the results CSV.
public sealed record SurveyContact(string Respondent, string SurveyId, string Email, string Language, DateTimeOffset GivenAt);
