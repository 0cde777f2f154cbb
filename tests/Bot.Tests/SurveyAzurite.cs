using System.Text.Json.Nodes;
using StakeholderBot.TestSupport;
using Xunit;

namespace StakeholderBot.Bot.Tests;

// One Azurite for the survey tests that share it; each driver uses its own table prefix.
[CollectionDefinition(Name)]
public sealed class SurveyAzurite : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Survey Azurite";
}

// Answers for each page of the default survey, as the inputs send them.
public static class SurveyAnswers
{
    public static Dictionary<string, JsonNode?> Company(string region = "nl", int employees = 12, string level = "regular") => new()
    {
        ["q.region"] = region,
        ["q.employees"] = employees,
        ["q.intl_level"] = level,
    };

    public static Dictionary<string, JsonNode?> Abroad(bool exporting = true) => exporting
        ? new() { ["q.export_share"] = 35, ["q.export_markets"] = 4, ["q.plan_market"] = "yes", ["q.target_markets"] = "Germany, Austria", ["q.next_step"] = "2027-03-01" }
        : new() { ["q.plan_market"] = "yes", ["q.target_markets"] = "", ["q.next_step"] = "" };

    public static Dictionary<string, JsonNode?> Barriers(string barriers = "partners,languages", string other = "") =>
        new() { ["q.barriers"] = barriers, ["q.barrier_other"] = other };

    public static Dictionary<string, JsonNode?> Support(string used = "training", string wanted = "matchmaking,trade_missions") =>
        new() { ["q.support_used"] = used, ["q.support_wanted"] = wanted };

    // Shown on a page of its own once some support was used.
    public static Dictionary<string, JsonNode?> SupportReview(string useful = "4") => new() { ["q.support_useful"] = useful };

    public static Dictionary<string, JsonNode?> Readiness() => new()
    {
        ["q.ready_strategy"] = "4",
        ["q.ready_product"] = "4",
        ["q.ready_languages"] = "3",
        ["q.ready_finance"] = "2",
        ["q.ready_digital"] = "5",
    };

    public static Dictionary<string, JsonNode?> Finish(string consent = "yes", string contactOk = "") =>
        new() { ["q.consent"] = consent, ["q.contact_ok"] = contactOk };

    public static Dictionary<string, JsonNode?> Contact(string email) => new() { ["q.email"] = email };
}
