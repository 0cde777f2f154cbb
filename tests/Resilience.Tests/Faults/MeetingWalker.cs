using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Faults;

// A project manager logging meetings in their personal chat: opens the form, saves it, edits what was saved.
public sealed class MeetingWalker(string conversation, string userAad = ResilienceSettings.Manager)
{
    public JsonObject? Card { get; private set; }

    public JsonObject? LastSent { get; private set; }

    public MeetingWalker WithCard(JsonObject card)
    {
        Card = (JsonObject)card.DeepClone();
        return this;
    }

    public async Task<JsonObject> OpenFormAsync(WebApplicationFactory<Program> bot)
    {
        var replies = await bot.AskActivityAsync(Message("log meeting"));
        return Card = (JsonObject)replies[0]!["attachments"]![0]!["content"]!;
    }

    public async Task<JsonArray> SayAsync(WebApplicationFactory<Program> bot, string text) => await bot.AskActivityAsync(Message(text));

    // Each user has their own id in a chat, as in Teams; the meeting form's draft is kept per user.
    private JsonObject Message(string text)
    {
        var message = Bot.Tests.Fixtures.Message(text, conversationId: conversation, userAad: userAad);
        message["from"]!["id"] = "29:" + userAad;
        return message;
    }

    // Presses the button with this verb on the current card, the inputs filled in (and overridden), or resends.
    public async Task<JsonObject> PressAsync(WebApplicationFactory<Program> bot, string verb,
        IReadOnlyDictionary<string, string>? typed = null, JsonObject? resend = null)
    {
        var form = CardForm.Read(Card!);
        var button = form.Button(v => v == verb) ?? throw new InvalidOperationException($"No {verb} on the card.");
        var data = (JsonObject)(resend?.DeepClone() ?? form.Submit(button, typed, fillOptional: false));
        LastSent = (JsonObject)data.DeepClone();
        var activity = Hostile.CardHarvester.Invoke(verb, data, userAad, "http://127.0.0.1:9/");
        activity["conversation"]!["id"] = conversation;
        activity["from"]!["id"] = "29:" + userAad;
        using var response = await bot.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        if (body["value"] is JsonObject card) Card = card;
        return body;
    }

    // Through the form's steps with Next, each step's fields from `typed` (or plausible values), then Save.
    // Stops at a step that comes back with errors and returns that answer.
    public async Task<JsonObject> SaveThroughStepsAsync(WebApplicationFactory<Program> bot, IReadOnlyDictionary<string, string>? typed = null)
    {
        while (CardForm.Read(Card!).Button(v => v == "meeting.next") is not null)
        {
            var before = Heading(Card!) + Step(Card!);
            var answer = await PressAsync(bot, "meeting.next", typed);
            if (Heading(Card!) + Step(Card!) == before) return answer;
        }
        return await PressAsync(bot, "meeting.save", typed);
    }

    private static string Step(JsonObject card) => card.ToJsonString().Contains("\"id\":\"step\"")
        ? card["body"]!.AsArray().Select(b => b?["id"]?.ToString() == "step" ? b["text"]?.ToString() : null).FirstOrDefault(t => t is not null) ?? ""
        : "";

    public static string Text(JsonNode? card) => card?.ToJsonString() ?? "";

    // The first text on the card (its heading or banner), where the flow says what happened.
    public static string Heading(JsonObject card) =>
        card["body"]?.AsArray().Select(b => b?["text"]?.ToString()).FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "";
}
