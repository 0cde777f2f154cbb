using System.Text.Json.Nodes;

namespace StakeholderBot.Resilience.Tests.Hostile;

// Attacks on the shape of an activity: wrong types, missing fields, sizes, nesting, odd envelopes.
public sealed class StructuralMutations(Random random, Draft draft, int ordinal)
{
    // Every field of the Activity the host reads, top level and nested.
    public static readonly string[] ActivityFields =
    [
        "type", "id", "timestamp", "localTimestamp", "serviceUrl", "channelId", "from", "from.id", "from.name",
        "from.aadObjectId", "from.role", "recipient", "recipient.id", "recipient.name", "conversation", "conversation.id",
        "conversation.name", "conversation.conversationType", "conversation.isGroup", "conversation.tenantId", "text",
        "textFormat", "locale", "name", "value", "value.action", "value.action.verb", "value.action.data", "value.action.type",
        "value.verb", "value.actionValue", "value.actionValue.reaction", "value.actionValue.feedback", "replyToId", "action",
        "deliveryMode", "inputHint", "membersAdded", "membersAdded.0", "membersAdded.0.id", "membersRemoved", "attachments",
        "attachments.0", "attachments.0.contentType", "attachments.0.content", "attachments.0.contentUrl", "attachments.0.name",
        "entities", "entities.0", "entities.0.type", "entities.0.text", "entities.0.mentioned", "entities.0.mentioned.id",
        "entities.0.locale", "channelData", "channelData.tenant", "channelData.tenant.id", "channelData.source",
    ];

    public static int Pairs => ActivityFields.Length * WrongValues.Length;

    private static readonly Func<Draft, JsonNode?>[] WrongValues =
    [
        _ => 42, _ => -1, _ => 0.5, _ => true, _ => false, _ => null, _ => "", _ => "text",
        _ => new JsonArray(), _ => new JsonArray(1, "a", null, new JsonObject()), _ => new JsonObject(),
        _ => new JsonObject { ["a"] = new JsonObject { ["b"] = new JsonArray() } },
        d => d.Token("1e400"), d => d.Token("-1e400"), d => d.Token("123456789012345678901234567890"),
        d => d.Token("-0"), d => d.Token("0.0000000000000000000000000001"), d => d.Token("1E+2"),
    ];

    // Cycles field x value in order, so a run of a few thousand requests covers every pair.
    public void WrongType()
    {
        var field = ActivityFields[ordinal % ActivityFields.Length];
        var value = WrongValues[ordinal / ActivityFields.Length % WrongValues.Length](draft);
        JsonPaths.Set(draft.Activity, field, value);
        draft.Kind = $"wrong-type {field}";
    }

    public void Missing()
    {
        var paths = JsonPaths.All(draft.Activity);
        var removed = new List<string>();
        for (var i = 0; i < 1 + random.Next(3); i++)
        {
            var path = random.Next(3) == 0 ? ActivityFields[random.Next(ActivityFields.Length)] : paths[random.Next(paths.Count)];
            JsonPaths.Remove(draft.Activity, path);
            removed.Add(path);
        }
        draft.Kind = "missing " + string.Join(",", removed);
    }

    public void LongString()
    {
        int[] lengths = [1_000, 10_000, 60_000, 120_000, 250_000, 300_000];
        var length = lengths[random.Next(lengths.Length)];
        string[] fields = ["text", "locale", "id", "conversation.id", "from.id", "from.name", "from.aadObjectId", "serviceUrl",
            "channelId", "value.action.verb", "value.action.data.q", "value.verb", "name", "entities.0.text", "replyToId",
            "conversation.tenantId", "channelData.tenant.id", "unknownField"];
        var field = fields[random.Next(fields.Length)];
        var text = HostileGenerator.LongText(random, length);
        JsonPaths.Set(draft.Activity, field, random.Next(4) == 0 ? "survey " + text : text);
        draft.Kind = $"long-string {field} {length}";
    }

    public void DeepNesting()
    {
        int[] depths = [20, 63, 64, 65, 100, 1_000, 20_000];
        var depth = depths[random.Next(depths.Length)];
        var json = random.Next(2) == 0
            ? new string('[', depth) + "1" + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "\"x\"" + new string('}', depth);
        string[] fields = ["value", "value.action.data", "value.action.data.q", "channelData", "entities.0", "unknownField", "from", "text"];
        var field = fields[random.Next(fields.Length)];
        JsonPaths.Set(draft.Activity, field, draft.Token(json));
        draft.Kind = $"deep-nesting {field} {depth}";
    }

    public void HugeArray()
    {
        int[] sizes = [1_000, 10_000, 40_000];
        var size = sizes[random.Next(sizes.Length)];
        string[] fields = ["entities", "membersAdded", "membersRemoved", "attachments", "value.action.data", "value", "channelData.x"];
        var field = fields[random.Next(fields.Length)];
        var recipient = draft.Activity["recipient"]?["id"]?.ToString() ?? "28:bot";
        JsonNode node = field switch
        {
            "membersAdded" => new JsonArray(Enumerable.Range(0, size).Select(i => (JsonNode?)new JsonObject { ["id"] = i % 2 == 0 ? recipient : "29:u" + i }).ToArray()),
            "entities" => new JsonArray(Enumerable.Range(0, size).Select(i => (JsonNode?)new JsonObject { ["type"] = i % 3 == 0 ? "mention" : "clientInfo" }).ToArray()),
            "value.action.data" => new JsonObject(Enumerable.Range(0, size / 4).Select(i => KeyValuePair.Create("q." + i, (JsonNode?)"x"))),
            _ => new JsonArray(Enumerable.Range(0, size).Select(i => (JsonNode?)i).ToArray()),
        };
        JsonPaths.Set(draft.Activity, field, node);
        draft.Kind = $"huge-array {field} {size}";
    }

    public void HostileText()
    {
        string[] prefixes = ["", "", "survey ", "survey results ", "meetings ", "log meeting ", "help ", "<at>StakeholderBot</at> "];
        var prefix = prefixes[random.Next(prefixes.Length)];
        draft.Activity["type"] = "message";
        draft.Activity.Remove("value");
        draft.Activity.Remove("name");
        draft.Activity["text"] = prefix + HostileTexts.Pick(random);
        draft.Activity["locale"] = HostileTexts.Locales[random.Next(HostileTexts.Locales.Length)];
        if (random.Next(4) == 0) draft.Activity["textFormat"] = random.Next(2) == 0 ? "xml" : "markdown";
        draft.Kind = "text";
    }

    public void Mention()
    {
        var recipient = draft.Activity["recipient"]?["id"]?.ToString() ?? "28:bot";
        JsonNode?[] texts = ["", null, 42, "<at>", "</at>", "<at>StakeholderBot</at>", new JsonObject(), HostileGenerator.LongText(random, 5_000)];
        var mention = new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = random.Next(4) == 0 ? (JsonNode)"not an object" : new JsonObject { ["id"] = recipient, ["name"] = random.Next(2) == 0 ? null : "<at>x</at>" },
            ["text"] = texts[random.Next(texts.Length)]?.DeepClone(),
        };
        string[] bodies = [
            "<at>StakeholderBot</at> help", string.Concat(Enumerable.Repeat("<at", 20_000)), string.Concat(Enumerable.Repeat("<at>", 15_000)),
            string.Concat(Enumerable.Repeat("<at>a</at>", 5_000)), "<AT>x</aT> survey", "&lt;at&gt;x&lt;/at&gt;", "<at >a</at >"];
        draft.Activity["type"] = "message";
        draft.Activity.Remove("value");
        draft.Activity["text"] = bodies[random.Next(bodies.Length)];
        draft.Activity["entities"] = new JsonArray(mention, mention.DeepClone());
        draft.Kind = "mention";
    }

    public void ServiceUrl()
    {
        string[] urls = ["not a url", "", " ", "/relative/path", "file:///etc/passwd", "ftp://127.0.0.1/", "http://127.0.0.1:1/",
            "javascript:alert(1)", "http://[::1", "http://127.0.0.1:1/%zz", "http://user:pass@127.0.0.1:1/", "mailto:a@b",
            "http://127.0.0.1:1/" + new string('a', 5_000), "\\\\server\\share", "data:text/plain,hi", "http://127.0.0.1:1/\u00e9"];
        draft.Activity.Remove("deliveryMode");
        draft.Activity["serviceUrl"] = urls[random.Next(urls.Length)];
        if (random.Next(3) == 0) draft.Activity["conversation"]!["id"] = HostileTexts.Pick(random);
        draft.Kind = "service-url";
    }

    public void Envelope()
    {
        string[] types = ["invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "endOfConversation",
            "MESSAGE", " message", "message\0", "messageUpdate", "messageDelete", "handoff", "trace", "delay"];
        string[] names = ["adaptiveCard/action", "message/submitAction", "composeExtension/query", "", "adaptiveCard/action ",
            "ADAPTIVECARD/ACTION", "task/fetch", "signin/verifyState", "fileConsent/invoke", "actionableMessage/executeAction"];
        string[] actions = ["add", "add-upgrade", "remove", "ADD", "", "addx"];
        draft.Activity["type"] = types[random.Next(types.Length)];
        if (random.Next(2) == 0) draft.Activity["name"] = names[random.Next(names.Length)];
        if (random.Next(2) == 0) draft.Activity["action"] = actions[random.Next(actions.Length)];
        if (random.Next(3) == 0) draft.Activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = null }, new JsonObject { ["id"] = draft.Activity["recipient"]?["id"]?.DeepClone() });
        if (random.Next(3) == 0) draft.Activity["value"] = random.Next(2) == 0 ? "string value" : new JsonObject { ["action"] = "not an object" };
        draft.Kind = $"envelope {draft.Activity["type"]}/{draft.Activity["name"]}";
    }
}
