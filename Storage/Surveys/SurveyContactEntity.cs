namespace StakeholderBot.Storage.Surveys;

// One row of SurveyContacts: partition = respondent pseudonym, row = survey id.
public sealed class SurveyContactEntity : TableRow
{
    public string Respondent { get; set; } = "";
    public string SurveyId { get; set; } = "";
    public string Email { get; set; } = "";
    public string Language { get; set; } = "";
    public DateTimeOffset GivenAt { get; set; }
}
