using System.Diagnostics;
using System.Text.Json.Nodes;

namespace StakeholderBot.TestSupport;

// Validates cards with the real adaptivecards SDK (tests/tools/validate-cards.js, version 1.5 rules):
// every parse and validateProperties event, inputs without an id, Action.Execute without a verb and
// cards over 28 KB are errors. One node process checks a whole batch, so pass many cards at once.
public static class CardValidator
{
    public static string Script => Path.Combine(RepoPaths.Root, "tests", "tools", "validate-cards.js");

    public static IReadOnlyList<string> Validate(JsonNode card) => ValidateAll([new("card", card)])["card"];

    // Returns the errors per card name (an empty list for a valid card).
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ValidateAll(
        IEnumerable<KeyValuePair<string, JsonNode>> cards)
    {
        var folder = Directory.CreateTempSubdirectory("cards-");
        try
        {
            // Files are numbered so any card name works; the map turns them back into names.
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, card) in cards)
            {
                var file = Path.Combine(folder.FullName, $"{names.Count:D5}.json");
                if (names.ContainsValue(name)) throw new ArgumentException($"Duplicate card name '{name}'.", nameof(cards));
                names[file] = name;
                File.WriteAllText(file, card.ToJsonString());
            }
            if (names.Count == 0) return new Dictionary<string, IReadOnlyList<string>>();

            var output = RunNode(folder.FullName);
            var results = JsonNode.Parse(output)?.AsObject()
                ?? throw new InvalidOperationException("validate-cards.js printed no result.");
            return results.ToDictionary(
                r => names[Path.GetFullPath(r.Key)],
                r => (IReadOnlyList<string>)(r.Value?.AsArray().Select(e => e!.GetValue<string>()).ToList() ?? []));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Fails the test with every error of every card, so one run shows all that is wrong.
    public static void AssertAllValid(IEnumerable<KeyValuePair<string, JsonNode>> cards)
    {
        var invalid = ValidateAll(cards).Where(r => r.Value.Count > 0).ToList();
        if (invalid.Count == 0) return;
        var report = string.Join("\n", invalid.Select(r => $"{r.Key}:\n  " + string.Join("\n  ", r.Value)));
        throw new Xunit.Sdk.XunitException($"{invalid.Count} invalid card(s):\n{report}");
    }

    public static void AssertValid(string name, JsonNode card) => AssertAllValid([new(name, card)]);

    private static string RunNode(string folder)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in new[] { Script, "--json", folder }) start.ArgumentList.Add(argument);

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a speed assertion.
        if (!node.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("validate-cards.js did not finish within 2 minutes.");
        }
        if (node.ExitCode is not (0 or 1))
            throw new InvalidOperationException($"validate-cards.js failed ({node.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }
}
