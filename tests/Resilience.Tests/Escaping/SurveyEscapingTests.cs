using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Resilience.Tests.Escaping;

// Survey answers with markdown, mentions, links and card expressions come back (on the page when going back,
// on the result and results cards, in error messages) as text, never formatted.
public sealed class SurveyEscapingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IAsyncLifetime
{
    private BotApp bot = null!;
    private readonly List<(string Where, JsonNode Sent)> seen = [];

    public Task InitializeAsync()
    {
        bot = new BotApp(ResilienceSettings.For(azurite.ConnectionString, ("Storage:TablePrefix", "esc" + Guid.NewGuid().ToString("N")[..8])));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<JsonArray> SayAsync(string text, string conversation)
    {
        var replies = await bot.AskAsync(Fixtures.Message(text, conversationId: conversation, userAad: ResilienceSettings.Manager));
        foreach (var reply in replies) seen.Add(($"reply to '{text}'", reply!));
        return replies;
    }

    private async Task<JsonObject> PressAsync(CardButton button, JsonObject data, string conversation)
    {
        var activity = Hostile.CardHarvester.Invoke(button.Verb, data, ResilienceSettings.Manager, "http://127.0.0.1:9/");
        activity["conversation"]!["id"] = conversation;
        using var response = await bot.PostAsync(activity);
        var body = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonObject>(response.Content))!;
        seen.Add(($"invoke {button.Verb}", body));
        return body;
    }

    private static Dictionary<string, string> HostileAnswers(CardForm form) => form.Inputs
        .Where(i => i.Type == "Input.Text")
        .ToDictionary(i => i.Id, i => i.Id.EndsWith("email", StringComparison.Ordinal) ? "name@example.org" : MarkupCheck.Hostile());

    [Fact]
    public async Task HostileTextAnswers_ComeBackAsText_OnEveryCardOfTheSurvey()
    {
        const string conversation = "a:escaping-survey";
        var card = (JsonObject)(await SayAsync("survey", conversation))[0]!["attachments"]![0]!["content"]!;
        var wentBack = false;
        for (var step = 0; step < 20; step++)
        {
            var form = CardForm.Read(card);
            var button = form.Button(v => v == "survey.submit") ?? form.Button(v => v == "survey.next");
            if (button is null) break;
            var body = await PressAsync(button, form.Submit(button, HostileAnswers(form)), conversation);
            var next = (JsonObject)body["value"]!;
            if (!wentBack && form.Inputs.Any(i => i.Type == "Input.Text") && CardForm.Read(next).Button(v => v == "survey.back") is { } back)
            {
                // Back to the page just answered: the hostile answers are shown again as input values.
                var previous = (JsonObject)(await PressAsync(back, CardForm.Read(next).Submit(back), conversation))["value"]!;
                Assert.True(MarkupCheck.Echoes(previous), "going back did not show the answers again");
                wentBack = true;
                next = (JsonObject)(await PressAsync(button, CardForm.Read(previous).Submit(button, HostileAnswers(CardForm.Read(previous))), conversation))["value"]!;
            }
            card = next;
        }
        Assert.True(wentBack, "the survey has no page with a text answer to go back to");
        // Submitted: the result card, not a page (a page here would name the answer it refused).
        Assert.True(CardForm.Read(card).Button(v => v is "survey.next" or "survey.submit") is null, card.ToJsonString());

        await SayAsync("survey results", conversation);
        await SayAsync("survey results **x** <at>Everyone</at>", conversation);
        await SayAsync("survey [x](https://evil.example.com)", conversation);

        var violations = seen.SelectMany(s => MarkupCheck.Violations(s.Sent).Concat(MarkupCheck.ReplyViolations(s.Sent)).Select(v => $"{s.Where}: {v}")).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(seen.Count(s => MarkupCheck.Echoes(s.Sent)) >= 2, "the hostile text never came back, so nothing was checked");
    }

    [Fact]
    public async Task HostileTextInANumberAnswer_IsRefusedWithAMessageThatShowsItAsText()
    {
        const string conversation = "a:escaping-number";
        var card = (JsonObject)(await SayAsync("survey", conversation))[0]!["attachments"]![0]!["content"]!;
        var form = CardForm.Read(card);
        var next = form.Button(v => v == "survey.next")!;
        var numbers = form.Inputs.Where(i => i.Type == "Input.Number").ToDictionary(i => i.Id, _ => MarkupCheck.Hostile());
        Assert.NotEmpty(numbers);

        var body = await PressAsync(next, form.Submit(next, numbers), conversation);

        Assert.NotNull(CardForm.Read((JsonObject)body["value"]!).Button(v => v == "survey.next")); // still on the page
        var violations = MarkupCheck.Violations(body);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
