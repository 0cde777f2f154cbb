using System.Text.Json.Nodes;

namespace StakeholderBot.Cards.Privacy;

// `my data`, `delete my data` and a project manager's erase: what is stored, the confirmation, and what was erased.
// Stored values are user text (answers, e-mail, questions) and are shown as typed, never as markdown.
public static class PersonalDataCards
{
    public static JsonObject Stored(PersonalDataView view)
    {
        var texts = PrivacyTexts.For(view.Language);
        var body = new List<JsonNode?> { AdaptiveCard.Heading(texts.StoredTitle) };
        if (view.IsEmpty)
        {
            body.Add(AdaptiveCard.Text(texts.NothingStored, id: "nothing"));
            body.Add(AdaptiveCard.Text(texts.AlwaysKept, size: "Small", isSubtle: true));
            return AdaptiveCard.Create(body);
        }
        body.Add(AdaptiveCard.Text(texts.Format(texts.CodeLine, view.Code), size: "Small", isSubtle: true, id: "code"));
        if (view.Responses.Count > 0)
        {
            body.Add(Section(texts.ResponsesTitle));
            foreach (var response in view.Responses)
            {
                body.Add(AdaptiveCard.Text(texts.Format(texts.ResponseLine, Markdown.Escape(response.Survey), response.Submitted), weight: "Bolder"));
                body.Add(AdaptiveCard.Facts(response.Answers));
            }
        }
        if (view.Contacts.Count > 0)
        {
            body.Add(Section(texts.ContactTitle));
            foreach (var contact in view.Contacts)
            {
                body.Add(AdaptiveCard.UserText(contact.Email));
                body.Add(AdaptiveCard.Text(texts.Format(texts.ContactLine, Markdown.Escape(contact.Survey), contact.Given), size: "Small", isSubtle: true));
            }
        }
        if (view.SavedProgress > 0)
        {
            body.Add(Section(texts.ProgressTitle));
            body.Add(AdaptiveCard.Text(texts.Format(texts.ProgressLine, view.SavedProgress)));
        }
        if (view.Feedback.Count > 0)
        {
            body.Add(Section(texts.FeedbackTitle));
            foreach (var feedback in view.Feedback)
            {
                body.Add(AdaptiveCard.Text($"{feedback.When} · {(feedback.Liked ? texts.Liked : texts.Disliked)}", size: "Small", isSubtle: true));
                body.Add(AdaptiveCard.UserText(feedback.Comment is { Length: > 0 } comment ? $"{feedback.Question} — {comment}" : feedback.Question));
            }
        }
        if (view.ReminderSettings.Count > 0)
        {
            body.Add(Section(texts.ReminderTitle));
            foreach (var settings in view.ReminderSettings)
            {
                body.Add(AdaptiveCard.Text(texts.Format(texts.ReminderLine, Or(settings.TimeZone), Or(settings.Locale)), id: "reminders"));
                if (settings.Name is { Length: > 0 } name) body.Add(AdaptiveCard.UserText(texts.Format(texts.ReminderNameLine, name)));
                if (!settings.RemindersOn) body.Add(AdaptiveCard.Text(texts.RemindersOffLine));
            }
        }
        body.Add(AdaptiveCard.Text(texts.AlwaysKept, size: "Small", isSubtle: true, separator: true));
        return AdaptiveCard.Create(body,
            [AdaptiveCard.Execute(texts.DeleteButton, CardVerbs.DataAskDelete, Language(view.Language), validate: false)]);
    }

    // The respondent's own deletion: nothing on the card says whose data, the flow takes the user who presses.
    public static JsonObject ConfirmDelete(DataCounts counts, string language)
    {
        var texts = PrivacyTexts.For(language);
        if (counts.Total == 0) return Erased(counts, language);
        return AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(texts.ConfirmTitle),
            AdaptiveCard.Text(texts.ConfirmText),
            Counted(counts, texts),
        ],
        [
            AdaptiveCard.Execute(texts.ConfirmButton, CardVerbs.DataDelete, Language(language), style: "destructive", validate: false),
            AdaptiveCard.Execute(texts.KeepButton, CardVerbs.DataKeep, Language(language), validate: false),
        ]);
    }

    // A project manager erasing a respondent's data by their code (from the survey CSV or given by the respondent).
    public static JsonObject ConfirmErase(string code, DataCounts counts)
    {
        var texts = PrivacyTexts.For("en");
        if (counts.Total == 0) return AdaptiveCard.Create([AdaptiveCard.Text(texts.Format(texts.NothingForCode, code), id: "nothing")]);
        return AdaptiveCard.Create(
        [
            AdaptiveCard.Heading(texts.EraseTitle),
            AdaptiveCard.Text(texts.Format(texts.EraseText, code)),
            Counted(counts, texts),
            AdaptiveCard.Text(texts.EraseUnlinked, size: "Small", isSubtle: true, id: "unlinked"),
        ],
        [
            AdaptiveCard.Execute(texts.EraseButton, CardVerbs.DataErase, new JsonObject { [PrivacyActionData.RespondentKey] = code }, style: "destructive", validate: false),
            AdaptiveCard.Execute(texts.KeepButton, CardVerbs.DataKeep, Language("en"), validate: false),
        ]);
    }

    public static JsonObject Erased(DataCounts erased, string language)
    {
        var texts = PrivacyTexts.For(language);
        if (erased.Total == 0) return AdaptiveCard.Create([AdaptiveCard.Heading(texts.ErasedTitle), AdaptiveCard.Text(texts.NothingToErase, id: "nothing")]);
        return AdaptiveCard.Create([AdaptiveCard.Heading(texts.ErasedTitle), AdaptiveCard.Text(texts.ErasedText), Counted(erased, texts)]);
    }

    public static JsonObject Kept(string language) =>
        AdaptiveCard.Create([AdaptiveCard.Text(PrivacyTexts.For(language).KeptText, id: "kept")]);

    private static JsonObject Counted(DataCounts counts, PrivacyTexts texts)
    {
        var lines = new List<string>();
        if (counts.Responses > 0) lines.Add(texts.Format(texts.ResponsesCount, counts.Responses));
        if (counts.Contacts > 0) lines.Add(texts.Format(texts.ContactsCount, counts.Contacts));
        if (counts.SavedProgress > 0) lines.Add(texts.Format(texts.ProgressCount, counts.SavedProgress));
        if (counts.Feedback > 0) lines.Add(texts.Format(texts.FeedbackCount, counts.Feedback));
        if (counts.ReminderSettings > 0) lines.Add(texts.Format(texts.ReminderCount, counts.ReminderSettings));
        return AdaptiveCard.Text(string.Join("\n", lines.Select(l => "- " + l)), id: "counts");
    }

    // Not known (yet): a dash rather than an empty gap.
    private static string Or(string value) => value.Length > 0 ? Markdown.Escape(value) : "–";

    private static JsonObject Section(string title) => AdaptiveCard.Text(title, size: "Medium", weight: "Bolder", separator: true);

    private static JsonObject Language(string language) => new() { [PrivacyActionData.LanguageKey] = language };
}
