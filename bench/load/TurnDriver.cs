using System.Diagnostics;
using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Bench.Load;

// One turn of a simulated user: a question, the next step of their survey, or the next step of logging a
// meeting (form, save) or a summary. It checks the answer is the one a user would expect, and counts the
// surveys and meetings the bot acknowledged as stored.
public sealed partial class TurnDriver(BotClient bot, TurnStats stats)
{
    private static readonly string[] Questions =
    [
        "What does the UpGradeSME project offer small firms?", "Which regions take part in INTER VENTURES?",
        "How can a small firm find a distributor abroad?", "What is a regional stakeholder group?",
        "Who can join the INTRA export programme?", "What support is there for trade fairs?",
        "How is export readiness measured?", "What are the main barriers to exporting for SMEs?",
        "Welke steun is er voor export?", "Quali regioni partecipano al progetto?", "Jakie wsparcie eksportowe oferuje projekt?",
        "¿Qué ayudas hay para exportar?", "What did the project learn from the Lombardy pilot?", "How long does the programme run?",
    ];

    private int surveysAcknowledged;
    private int meetingsAcknowledged;

    public int SurveysAcknowledged => surveysAcknowledged;

    public int MeetingsAcknowledged => meetingsAcknowledged;

    public bool Measuring { get; set; }

    public async Task QuestionAsync(SimUser user)
    {
        var text = Questions[(user.Index + user.QuestionTurns++) % Questions.Length];
        var reply = await TimedAsync("question", () => bot.SayAsync(user, text));
        if (reply is not null && reply.Replies.Count == 0) Fail("question", $"no answer to '{text}'");
    }

    public async Task SurveyAsync(SimUser user)
    {
        if (user.SurveyCard is not { } card)
        {
            var started = await TimedAsync("survey start", () => bot.SayAsync(user, "survey"));
            user.SurveyCard = started?.Cards.FirstOrDefault();
            if (started is not null && user.SurveyCard is null) Fail("survey start", "no survey card: " + Text(started.Replies));
            return;
        }
        var form = CardForm.Read(card);
        var button = form.Button(v => v == "survey.submit") ?? form.Button(v => v == "survey.next") ?? form.Button(v => v == "survey.new");
        if (button is null)
        {
            user.SurveyCard = null; // a result without "new": start over next time
            return;
        }
        var kind = button.Verb == "survey.submit" ? "survey submit" : button.Verb == "survey.next" ? "survey page" : "survey new";
        var reply = await TimedAsync(kind, () => bot.PressAsync(user, button.Verb, form.Submit(button)));
        if (reply is null) return;
        var next = reply.InvokeCard;
        if (next is null)
        {
            Fail(kind, "no card back: " + reply.Invoke?.ToJsonString());
            user.SurveyCard = null;
            return;
        }
        var after = CardForm.Read(next);
        if (kind == "survey submit" && after.Button(v => v is "survey.submit" or "survey.next") is null) Interlocked.Increment(ref surveysAcknowledged);
        else if (kind != "survey new" && after.Buttons.Any(b => b.Verb is "survey.next" or "survey.submit" && JsonNode.DeepEquals(b.Data, button.Data)))
            Fail(kind, "the page did not move on: " + ErrorText(next));
        user.SurveyCard = next;
    }

    public async Task MeetingAsync(SimUser user, Random random)
    {
        if (user.MeetingForm is { } card)
        {
            // The form is several pages: Next with the page's fields filled in, and Save on the last one.
            var form = CardForm.Read(card);
            var button = form.Button(v => v == "meeting.save") ?? form.Button(v => v == "meeting.next");
            if (button is null) { Fail("meeting page", "the form has neither Next nor Save"); user.MeetingForm = null; return; }
            var saving = button.Verb == "meeting.save";
            var kind = saving ? "meeting save" : "meeting page";
            user.MeetingValues ??= MeetingValues(random);
            var onPage = user.MeetingValues.Where(v => form.Inputs.Any(i => i.Id == v.Key)).ToDictionary();
            var reply = await TimedAsync(kind, () => bot.PressAsync(user, button.Verb, form.Submit(button, onPage, fillOptional: false)));
            if (reply is null) { user.MeetingForm = null; user.MeetingValues = null; return; }
            var next = reply.InvokeCard;
            var after = next is null ? null : CardForm.Read(next);
            if (saving)
            {
                user.MeetingForm = null;
                user.MeetingValues = null;
                if (after is not null && after.Button(v => v is "meeting.save" or "meeting.next") is null) Interlocked.Increment(ref meetingsAcknowledged);
                else Fail(kind, "not saved: " + (next is not null ? ErrorText(next) : reply.Invoke?.ToJsonString()));
                return;
            }
            if (after is null || after.Buttons.Any(b => b.Verb == "meeting.next" && JsonNode.DeepEquals(b.Data, button.Data)))
            {
                Fail(kind, "the page did not move on: " + (next is not null ? ErrorText(next) : reply.Invoke?.ToJsonString()));
                user.MeetingForm = null;
                user.MeetingValues = null;
                return;
            }
            user.MeetingForm = next;
            return;
        }
        if (user.MeetingTurns++ % 3 == 2)
        {
            // A summary as project managers ask for one: everything recent, one partner, or a project and a year.
            var partner = Partners[random.Next(Partners.Length)];
            string[] asks = ["meetings", $"meetings {partner.Name}", $"meetings {partner.Project} {DateTime.UtcNow.Year - random.Next(3)}"];
            var text = asks[random.Next(asks.Length)];
            var summary = await TimedAsync("meeting summary", () => bot.SayAsync(user, text));
            if (summary is not null && summary.Replies.Count == 0) Fail("meeting summary", $"no answer to '{text}'");
            return;
        }
        var opened = await TimedAsync("meeting form", () => bot.SayAsync(user, "log meeting"));
        user.MeetingForm = opened?.Cards.FirstOrDefault();
        if (opened is not null && user.MeetingForm is null) Fail("meeting form", "no form card: " + Text(opened.Replies));
    }

    // The partners of the three projects, by region: meetings spread over them and over three years, as logged
    // over a project's life (a summary then reads a partner's or a year's meetings, not everything). These regions are
    // not the configured partner regions, so the form needs their country.
    private static readonly (string Name, string Region, string Project, string Country)[] Partners =
    [
        ("Lombardy Region", "Lombardia", "intra", "it"), ("Basque Business Agency", "País Vasco", "upgradesme", "es"),
        ("Pannon Business Network", "Nyugat-Dunántúl", "upgradesme", "hu"), ("Kaunas Chamber of Commerce", "Kauno apskritis", "interventures", "lt"),
        ("Gelderland Development Agency", "Gelderland", "intra", "nl"), ("Silesian Enterprise Centre", "Śląskie", "interventures", "pl"),
        ("Ljubljana Technology Park", "Osrednjeslovenska", "upgradesme", "si"), ("Andalusia Trade Office", "Andalucía", "intra", "es"),
        ("Veneto Innovation", "Veneto", "interventures", "it"), ("Budapest Enterprise Agency", "Budapest", "upgradesme", "hu"),
        ("Alentejo Regional Agency", "Alentejo", "intra", "pt"), ("West Region Development", "Vest", "interventures", "ro"),
    ];

    // Values a project manager would type where a generic answer would not do (counts that add up, a past date).
    private static Dictionary<string, string> MeetingValues(Random random)
    {
        var partner = Partners[random.Next(Partners.Length)];
        return new Dictionary<string, string>
        {
            ["project"] = partner.Project, ["partner"] = partner.Name, ["region"] = partner.Region, ["country"] = partner.Country,
            ["date"] = DateTime.UtcNow.Date.AddDays(-random.Next(3 * 365)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["participantsTotal"] = "24", ["participantsSme"] = "9", ["participantsPublicAuthority"] = "6",
            ["policyInstrument"] = "ERDF regional programme", ["decisions"] = "Run a second export-readiness workshop.",
            ["topics"] = "Export coaching for food SMEs",
        };
    }

    private async Task<TurnReply?> TimedAsync(string kind, Func<Task<TurnReply>> turn)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await turn();
            if (Measuring) stats.Record(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (reply.Status is < 200 or >= 300) { Fail(kind, $"HTTP {reply.Status}"); return null; }
            if (reply.Invoke?["type"]?.ToString() == "application/vnd.microsoft.error") { Fail(kind, reply.Invoke.ToJsonString()); return null; }
            return reply;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            Fail(kind, $"{e.GetType().Name}: {e.Message}");
            return null;
        }
    }

    private void Fail(string kind, string what) => stats.Error(kind, what.Length > 300 ? what[..300] : what);

    private static string Text(JsonArray replies) => string.Join(" | ", replies.Select(r => r?["text"]?.ToString()));

    // What the card says is wrong (its bullet lines), else its first texts.
    private static string ErrorText(JsonObject card) => Texts(card).Where(t => t.StartsWith('•')).ToList() is { Count: > 0 } wrong
        ? string.Join(" | ", wrong) : string.Join(" | ", Texts(card).Take(6));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v ? [v.ToString()] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
