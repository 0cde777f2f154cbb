using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;

namespace StakeholderBot.Resilience.Tests.Hostile;

// Card actions on the bot's real verbs (Action.Execute invokes and Action.Submit messages) whose data is
// bent: unexpected fields, wrong types, out-of-range values, injections, missing keys.
public sealed class CardSubmissions(Random random, Draft draft, CardCatalog catalog, HostileTargets targets)
{
    private static readonly string[] UnexpectedKeys =
    [
        "PartitionKey", "RowKey", "Timestamp", "odata.etag", "etag", "__proto__", "constructor", "", " ", "verb", "survey",
        "page", "q.", "q.unknown", "formId", "mode", "meetingId", "user", "tenantId", "$root", "${x}", "a.b.c", "q.\u0000",
    ];

    private static readonly string[] OutOfRange =
    [
        "-1", "0", "999999", "1e9", "3.5", "NaN", "Infinity", "-0", "2147483648", "0x10", "", " ", "1,2", "true",
        "2026-02-30", "1900-01-01", "9999-12-31", "31/12/2026", "25:61", "not-a-choice", "a,b,c,d,e,f,g,h,i,j",
        string.Join(",", Enumerable.Range(0, 2000)), "'", "''", "\"",
    ];

    public void Apply()
    {
        var template = catalog.Pick(random);
        var data = (JsonObject)template.Data.DeepClone();
        foreach (var input in template.Inputs)
            if (random.Next(5) != 0) data[input.Id] = CardHarvester.Plausible(input);

        var changes = new List<string>();
        for (var i = 0; i < 1 + random.Next(4); i++) changes.Add(Bend(data, template));

        var user = targets.Users[random.Next(targets.Users.Count)];
        draft.Activity["from"]!["aadObjectId"] = user;
        draft.Activity["locale"] = HostileTexts.Locales[random.Next(HostileTexts.Locales.Length)];
        var verb = random.Next(10) == 0 ? HostileTexts.Pick(random) : template.Verb;
        if (random.Next(5) < 3) Invoke(verb, data);
        else Submit(verb, data);
        draft.Kind = $"card-action {verb} [{string.Join("; ", changes)}]";
    }

    private string Bend(JsonObject data, CardActionTemplate template)
    {
        var keys = data.Select(p => p.Key).ToList();
        var key = keys.Count > 0 && random.Next(4) != 0 ? keys[random.Next(keys.Count)] : UnexpectedKeys[random.Next(UnexpectedKeys.Length)];
        switch (random.Next(7))
        {
            case 0:
                data[key] = HostileTexts.Pick(random);
                return $"{key}=hostile";
            case 1:
                JsonNode?[] wrong = [42, -7.5, true, null, new JsonArray("a", 1), new JsonObject { ["x"] = "y" }, new JsonArray()];
                data[key] = wrong[random.Next(wrong.Length)]?.DeepClone();
                return $"{key}=wrong-type";
            case 2:
                data[key] = OutOfRange[random.Next(OutOfRange.Length)];
                return $"{key}=out-of-range";
            case 3:
                data[UnexpectedKeys[random.Next(UnexpectedKeys.Length)]] = HostileTexts.Pick(random);
                return "unexpected key";
            case 4:
                data.Remove(key);
                return $"-{key}";
            case 5:
                data[key] = HostileGenerator.LongText(random, 1 + random.Next(40_000));
                return $"{key}=long";
            default:
                // An input of another card, or of another page of the same survey.
                var other = catalog.Pick(random);
                foreach (var input in other.Inputs) data[input.Id] = CardHarvester.Plausible(input);
                return "foreign inputs";
        }
    }

    private void Invoke(string verb, JsonObject data)
    {
        draft.Activity["type"] = "invoke";
        draft.Activity["name"] = "adaptiveCard/action";
        draft.Activity["value"] = random.Next(12) switch
        {
            0 => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = "not an object" } },
            1 => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = 7, ["data"] = data } },
            2 => new JsonObject { ["action"] = new JsonObject { ["verb"] = verb, ["data"] = new JsonArray(data) } },
            _ => new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "a", ["verb"] = verb, ["data"] = data },
                ["trigger"] = random.Next(8) == 0 ? "automatic" : "manual",
            },
        };
    }

    private void Submit(string verb, JsonObject data)
    {
        draft.Activity["type"] = "message";
        draft.Activity.Remove("name");
        data["verb"] = verb;
        draft.Activity["value"] = data;
        if (random.Next(3) == 0) draft.Activity["text"] = HostileTexts.Pick(random);
    }
}
