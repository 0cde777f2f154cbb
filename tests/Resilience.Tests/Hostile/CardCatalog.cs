using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Hostile;

// An action found on a card the bot sent: its verb, the data it carries and the inputs of its card.
public sealed record CardActionTemplate(string Verb, JsonObject Data, IReadOnlyList<CardInput> Inputs);

// What the card actions of the bot look like, read from the cards it actually sends, plus the verbs the flows
// are known to use, so the generator attacks the real verbs and input ids as flows change.
public sealed class CardCatalog
{
    public static readonly string[] KnownVerbs =
    [
        "survey.start", "survey.next", "survey.back", "survey.submit", "survey.new", "survey.refresh", "survey.results",
        "meeting.save", "meeting.next", "meeting.back", "meeting.new", "meeting.resume", "meeting.edit", "meeting.cancel", "meeting.done",
        "meeting.reload", "help.run",
        // Not data.delete: erasing the senders' data would leave no state for the checks after the run.
        "data.ask-delete", "data.keep", "data.erase", "data.",
        "survey.", "meeting.", "survey.drop", "meeting.delete", "SURVEY.next", "survey.next ", "unknown.verb", "",
    ];

    private readonly List<CardActionTemplate> templates = [];

    public IReadOnlyList<CardActionTemplate> Templates => templates;

    public IEnumerable<string> Verbs => templates.Select(t => t.Verb).Concat(KnownVerbs).Distinct();

    public void AddCard(JsonNode card)
    {
        var form = CardForm.Read(card);
        foreach (var button in form.Buttons)
        {
            if (templates.Any(t => t.Verb == button.Verb && JsonNode.DeepEquals(t.Data, button.Data))) continue;
            templates.Add(new CardActionTemplate(button.Verb, (JsonObject)button.Data.DeepClone(), form.Inputs));
        }
    }

    public CardActionTemplate Pick(Random random)
    {
        if (templates.Count > 0 && random.Next(4) != 0) return templates[random.Next(templates.Count)];
        return new CardActionTemplate(KnownVerbs[random.Next(KnownVerbs.Length)], [], []);
    }
}
