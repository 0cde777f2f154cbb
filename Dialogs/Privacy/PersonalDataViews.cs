using System.Globalization;
using StakeholderBot.Cards.Privacy;
using StakeholderBot.Cards.Survey;
using StakeholderBot.Dialogs.Survey.Definitions;
using StakeholderBot.Dialogs.Survey.Filling;
using StakeholderBot.Dialogs.Survey.Reports;
using StakeholderBot.Storage.Privacy;
using StakeholderBot.Storage.Surveys;

namespace StakeholderBot.Dialogs.Privacy;

// What is stored about a respondent, in the words they saw it in: question labels and answer texts from the survey
// definition, dates in their language.
public static class PersonalDataViews
{
    public static PersonalDataView Build(string respondent, RespondentRecords records, SurveyCatalog catalog, string language)
    {
        var culture = CultureOf(language);
        return new PersonalDataView(
            language,
            respondent,
            records.Responses.OrderBy(r => r.SubmittedAt).Select(r => Response(r, catalog.Find(r.SurveyId), language, culture)).ToList(),
            records.Contacts.Select(c => new StoredContactView(c.Email, catalog.Find(c.SurveyId)?.Title.For(language) ?? c.SurveyId,
                Date(c.GivenAt, culture))).ToList(),
            records.Feedback.OrderBy(f => f.At).Select(f => new StoredFeedbackView(Date(f.At, culture), f.Reaction == "like", f.Question, f.Comment)).ToList(),
            records.StateEntries,
            records.ManagerProfiles.Select(p => new StoredReminderSettingsView(p.Name, p.TimeZone, p.Locale, p.RemindersOn)).ToList());
    }

    public static DataCounts Counts(RespondentRecords records) =>
        new(records.Responses.Count, records.Contacts.Count, records.StateEntries, records.Feedback.Count, records.ManagerProfiles.Count);

    public static DataCounts Counts(ErasedRecords erased) =>
        new(erased.Responses, erased.Contacts, erased.StateEntries, erased.Feedback, erased.ManagerProfiles);

    private static StoredResponseView Response(SurveyResponse response, SurveyDefinition? survey, string language, CultureInfo culture)
    {
        var answers = new List<(string, string)>();
        if (survey?.Scoring is { } scoring && response.Score is { } score)
        {
            var band = scoring.Bands.FirstOrDefault(b => b.Id == response.Band)?.Label.For(language);
            answers.Add((scoring.Title.For(language), band is null ? $"{score}/100" : $"{score}/100 ({band})"));
        }
        var known = survey?.Questions.Where(q => response.Answers.ContainsKey(q.Id)).ToList() ?? [];
        foreach (var question in known)
            answers.Add((question.Label.For(language), Answer(survey!, question, response.Answers[question.Id], language)));
        // Answers to questions a later version of the survey no longer has are shown by their id, not hidden.
        foreach (var (id, value) in response.Answers.Where(a => known.All(q => q.Id != a.Key)))
            answers.Add((id, ResponseValues.Canonical(value)));
        return new StoredResponseView(survey?.Title.For(language) ?? response.SurveyId, Date(response.SubmittedAt, culture), answers);
    }

    private static string Answer(SurveyDefinition survey, SurveyQuestion question, object value, string language) => question.Kind switch
    {
        QuestionKind.YesNo => value is true ? SurveyTexts.For(language).Yes : SurveyTexts.For(language).No,
        QuestionKind.Single or QuestionKind.Multiple => string.Join(", ",
            Answers.Split(ResponseValues.Canonical(value)).Select(v => SurveyResultViews.AnswerLabel(survey, question.Id, v, language))),
        _ => ResponseValues.Canonical(value),
    };

    private static string Date(DateTimeOffset at, CultureInfo culture) => at.UtcDateTime.ToString("d MMMM yyyy", culture);

    private static CultureInfo CultureOf(string language)
    {
        try { return CultureInfo.GetCultureInfo(language); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }
}
