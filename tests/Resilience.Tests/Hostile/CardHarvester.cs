using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Hostile;

// Walks the bot's own cards: sends each command, then presses every action it finds with plausible inputs,
// breadth first, so the catalog holds the verbs, data and input ids of every card a user can reach.
public static class CardHarvester
{
    private static readonly string[] Commands = ["help", "survey", "log meeting", "meetings", "survey results"];

    public static async Task<CardCatalog> HarvestAsync(BotApp bot, string userAad, string serviceUrl, int maxPresses = 60)
    {
        var catalog = new CardCatalog();
        var queue = new Queue<JsonNode>();
        foreach (var command in Commands)
        {
            var activity = Fixtures.Message(command, conversationId: "harvest-" + command.Replace(' ', '-'), userAad: userAad);
            activity["serviceUrl"] = serviceUrl;
            foreach (var card in CardsIn(await bot.AskAsync(activity))) Enqueue(card);
        }

        var presses = 0;
        while (queue.TryDequeue(out var card) && presses < maxPresses)
        {
            var before = new CardCatalog();
            before.AddCard(card);
            foreach (var template in before.Templates)
            {
                if (++presses > maxPresses) break;
                var data = (JsonObject)template.Data.DeepClone();
                foreach (var input in template.Inputs) data[input.Id] ??= Plausible(input);
                using var response = await bot.PostAsync(Invoke(template.Verb, data, userAad, serviceUrl));
                if (!response.IsSuccessStatusCode) continue;
                var body = await response.Content.ReadFromJsonAsync<JsonObject>();
                if (body?["value"] is JsonObject next && body["type"]?.ToString() == "application/vnd.microsoft.card.adaptive") Enqueue(next);
            }
        }
        return catalog;

        void Enqueue(JsonNode card)
        {
            var known = catalog.Templates.Count;
            catalog.AddCard(card);
            if (catalog.Templates.Count > known) queue.Enqueue(card);
        }
    }

    public static JsonObject Invoke(string verb, JsonObject data, string userAad, string serviceUrl)
    {
        var activity = Fixtures.Load("adaptive-card-action");
        activity["id"] = "f:" + Guid.NewGuid().ToString("N");
        activity["serviceUrl"] = serviceUrl;
        activity["from"]!["aadObjectId"] = userAad;
        activity["value"]!["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data };
        return activity;
    }

    public static string Plausible(CardInput input) => CardForm.Value(input);

    private static IEnumerable<JsonNode> CardsIn(JsonArray replies) =>
        replies.SelectMany(r => (r?["attachments"] as JsonArray ?? []).Select(a => a?["content"])).OfType<JsonObject>();
}
