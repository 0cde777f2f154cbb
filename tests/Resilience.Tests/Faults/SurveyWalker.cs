using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Faults;

// One respondent going through the survey in their personal chat, on whichever bot instance a turn lands on.
public sealed class SurveyWalker(string conversation, string userAad)
{
    public JsonObject? Card { get; private set; }

    public JsonObject? LastSent { get; private set; }

    public string Conversation => conversation;

    public string UserAad => userAad;

    public SurveyWalker WithCard(JsonObject card)
    {
        Card = card;
        return this;
    }

    public async Task<JsonObject> StartAsync(WebApplicationFactory<Program> bot)
    {
        var activity = Bot.Tests.Fixtures.Message("survey", conversationId: conversation, userAad: userAad);
        var replies = await bot.AskActivityAsync(activity);
        return Card = (JsonObject)replies[0]!["attachments"]![0]!["content"]!;
    }

    public async Task<string?> SayAsync(WebApplicationFactory<Program> bot, string text)
    {
        var replies = await bot.AskActivityAsync(Bot.Tests.Fixtures.Message(text, conversationId: conversation, userAad: userAad));
        return replies[0]?["text"]?.ToString();
    }

    public CardButton? Forward => Card is null ? null : CardForm.Read(Card).Button(v => v is "survey.submit" or "survey.next");

    public bool Submitted => Card is not null && Forward is null;

    // Presses Next (or Submit) with plausible answers; Card becomes what came back. Returns the invoke body.
    public async Task<JsonObject> ForwardAsync(WebApplicationFactory<Program> bot, JsonObject? resend = null)
    {
        var form = CardForm.Read(Card!);
        var button = Forward ?? throw new InvalidOperationException("No Next or Submit on the card.");
        var data = (JsonObject)(resend?.DeepClone() ?? form.Submit(button, Typed(form)));
        LastSent = (JsonObject)data.DeepClone();
        var activity = Hostile.CardHarvester.Invoke(button.Verb, data, userAad, "http://127.0.0.1:9/");
        activity["conversation"]!["id"] = conversation;
        using var response = await bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (body["value"] is JsonObject card) Card = card;
        return body;
    }

    // The current page's Next pressed on two instances at once: the same activity twice (a Teams retry) or two.
    public async Task<JsonObject[]> PressTwiceAsync(WebApplicationFactory<Program> a, WebApplicationFactory<Program> b, bool sameActivity)
    {
        var form = CardForm.Read(Card!);
        var button = Forward!;
        var data = form.Submit(button, Typed(form));
        var activities = new[] { Hostile.CardHarvester.Invoke(button.Verb, (JsonObject)data.DeepClone(), userAad, "http://127.0.0.1:9/"),
            Hostile.CardHarvester.Invoke(button.Verb, (JsonObject)data.DeepClone(), userAad, "http://127.0.0.1:9/") };
        foreach (var activity in activities) activity["conversation"]!["id"] = conversation;
        if (sameActivity) activities[1]["id"] = activities[0]["id"]!.ToString();
        return await Task.WhenAll(new[] { a, b }.Select(async (bot, i) => await bot.InvokeActivityAsync(activities[i])));
    }

    // What this respondent types: text answers that say whose they are, so a lost or swapped answer shows.
    private Dictionary<string, string> Typed(CardForm form) => form.Inputs
        .Where(i => i.Type == "Input.Text")
        .ToDictionary(i => i.Id, i => i.Id.EndsWith("email", StringComparison.Ordinal) ? $"r{conversation.GetHashCode() & 0xffff}@example.org" : $"typed by {conversation}");

    public static string? Page(JsonObject card) => CardForm.Read(card).Button(v => v is "survey.next" or "survey.submit")?.Data["page"]?.ToString();

    // The error line sits in an attention container at the top of the card.
    public static string? ErrorText(JsonObject card) => Elements(card["body"]).FirstOrDefault(b => b["id"]?.ToString() == "error")?["text"]?.ToString();

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Elements),
        JsonObject element => [element, .. Elements(element["items"])],
        _ => [],
    };
}
