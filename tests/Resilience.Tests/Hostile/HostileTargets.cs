namespace StakeholderBot.Resilience.Tests.Hostile;

// Who the generated requests claim to be and where replies go: a few users and conversations, so card
// actions land on state earlier requests created; the service URL is a local connector that records replies.
public sealed record HostileTargets(string ServiceUrl, IReadOnlyList<string> Users, IReadOnlyList<string> Conversations)
{
    public static HostileTargets For(string serviceUrl, string manager) => new(
        serviceUrl,
        [manager, manager, "0b9e8d7c-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"],
        ["a:hostile-1", "a:hostile-2", "a:hostile-3", "19:hostile@thread.tacv2", "a:1Hx9personal"]);
}
