using System.Text.Json.Nodes;

namespace StakeholderBot.Bench.Load;

// One simulated Teams user in their own personal chat, with where they are in the survey and the meeting form.
public sealed class SimUser(int index, bool manager)
{
    public const string Tenant = "4c1b7a9e-2d3f-4e5a-8b6c-7d8e9f0a1b2c";
    private static readonly string[] Locales = ["en-US", "en-GB", "nl-NL", "it-IT", "pl-PL", "es-ES", "hu-HU", "lt-LT", "sl-SI"];

    public int Index => index;
    public bool IsManager => manager;
    public string Id => $"29:load-user-{index}";
    public string Name => $"Load User {index}";
    public string AadObjectId => new Guid(index, 0x4c1b, 0x4e5a, 0x8b, 0x6c, 0x7d, 0x8e, 0x9f, 0x0a, 0x1b, 0x2c).ToString();
    public string Conversation => $"a:load-{index}";
    public string Locale => Locales[index % Locales.Length];

    public JsonObject? SurveyCard { get; set; }
    public JsonObject? MeetingForm { get; set; }
    public int MeetingTurns { get; set; }
    // What this user types into the meeting form under way, the same on every page.
    public Dictionary<string, string>? MeetingValues { get; set; }
    public int QuestionTurns { get; set; }
}
