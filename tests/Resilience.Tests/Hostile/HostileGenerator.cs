using System.Text;
using System.Text.Json.Nodes;
using StakeholderBot.Bot.Tests;

namespace StakeholderBot.Resilience.Tests.Hostile;

// A seeded stream of hostile requests to /api/messages. Request i depends only on (seed, i) and the catalog,
// so a failure names a request that can be rebuilt and sent again on its own.
public sealed class HostileGenerator(int seed, CardCatalog catalog, HostileTargets targets)
{
    private static readonly string[] BaseFixtures =
    [
        "personal-message", "personal-message", "channel-mention", "group-chat", "action-submit", "adaptive-card-action",
        "adaptive-card-action", "conversation-update-bot-added", "installation-update-add", "feedback-submit",
    ];

    private static readonly Dictionary<string, JsonObject> Loaded =
        BaseFixtures.Distinct().ToDictionary(name => name, Fixtures.Load);

    // The schedule: card actions and texts most often, every structural attack regularly.
    private static readonly (string Kind, int Weight)[] Kinds =
    [
        ("card-action", 28), ("text", 12), ("wrong-type", 12), ("missing", 5), ("long-string", 4), ("deep-nesting", 4),
        ("huge-array", 3), ("invalid-utf8", 5), ("lone-surrogate", 5), ("truncated", 6), ("not-json", 4),
        ("duplicate-keys", 3), ("mention", 3), ("service-url", 2), ("envelope", 4),
    ];

    private static readonly string[] Schedule = Kinds.SelectMany(k => Enumerable.Repeat(k.Kind, k.Weight)).ToArray();

    public int Seed => seed;

    // Requests of the given kind among the first count (wrong-type pairs are covered once it reaches their number).
    public static int CountOf(string kind, int count) => count / Schedule.Length * Weight(kind);

    private static int Weight(string kind) => Kinds.First(k => k.Kind == kind).Weight;

    public IEnumerable<HostileRequest> Generate(int count) => Enumerable.Range(0, count).Select(Create);

    public HostileRequest Create(int index)
    {
        var random = new Random(unchecked(seed * 100_003 + index));
        var position = (index + seed) % Schedule.Length;
        var kind = Schedule[position];
        // The how-many-th request of its kind: attacks that cycle through a list use it to cover every entry.
        var ordinal = (index + seed) / Schedule.Length * Weight(kind) + position - Array.IndexOf(Schedule, kind);
        var draft = new Draft(kind, Base(random, kind));
        var structural = new StructuralMutations(random, draft, ordinal);
        var raw = new RawBodies(random, draft);
        var cards = new CardSubmissions(random, draft, catalog, targets);
        switch (kind)
        {
            case "card-action": cards.Apply(); break;
            case "text": structural.HostileText(); break;
            case "wrong-type": structural.WrongType(); break;
            case "missing": structural.Missing(); break;
            case "long-string": structural.LongString(); break;
            case "deep-nesting": structural.DeepNesting(); break;
            case "huge-array": structural.HugeArray(); break;
            case "mention": structural.Mention(); break;
            case "service-url": structural.ServiceUrl(); break;
            case "envelope": structural.Envelope(); break;
            case "invalid-utf8": raw.InvalidUtf8(); break;
            case "lone-surrogate": raw.LoneSurrogate(); break;
            case "duplicate-keys": return raw.DuplicateKeys(index);
            case "truncated": return raw.Truncated(index);
            case "not-json": return raw.NotJson(index);
        }
        return new HostileRequest(index, draft.Kind, draft.Write(asciiEscaped: random.Next(2) == 0));
    }

    private JsonObject Base(Random random, string kind)
    {
        var name = kind == "card-action" ? "adaptive-card-action" : BaseFixtures[random.Next(BaseFixtures.Length)];
        var activity = (JsonObject)Loaded[name].DeepClone();
        activity["id"] = $"h{seed}-{random.Next():x}";
        activity["serviceUrl"] = targets.ServiceUrl;
        activity["conversation"]!["id"] = targets.Conversations[random.Next(targets.Conversations.Count)];
        activity["from"]!["aadObjectId"] = targets.Users[random.Next(targets.Users.Count)];
        // Most turns return their replies in the response; the rest go to the recording connector.
        if (random.Next(100) < 85) activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    internal static string LongText(Random random, int length)
    {
        const string pool = "abcxyz ÄÖÜßąęłńóśźżčšž€😀<>&'\"\\${}*_[]()#|";
        var text = new StringBuilder(length);
        var runes = pool.EnumerateRunes().Select(r => r.ToString()).ToArray();
        while (text.Length < length) text.Append(runes[random.Next(runes.Length)]);
        return text.ToString();
    }
}
