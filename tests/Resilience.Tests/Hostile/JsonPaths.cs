using System.Text.Json.Nodes;

namespace StakeholderBot.Resilience.Tests.Hostile;

// Dotted paths into an activity ("from.id", "entities.0.type"): set creates what is missing, remove drops the leaf.
public static class JsonPaths
{
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonNode parent = root;
        foreach (var part in parts[..^1])
        {
            var next = Child(parent, part);
            if (next is not (JsonObject or JsonArray))
            {
                next = new JsonObject();
                Assign(parent, part, next);
            }
            parent = next;
        }
        Assign(parent, parts[^1], value);
    }

    public static void Remove(JsonObject root, string path)
    {
        var parts = path.Split('.');
        JsonNode? parent = root;
        foreach (var part in parts[..^1]) parent = parent is null ? null : Child(parent, part);
        switch (parent)
        {
            case JsonObject o: o.Remove(parts[^1]); break;
            case JsonArray a when int.TryParse(parts[^1], out var i) && i < a.Count: a.RemoveAt(i); break;
        }
    }

    // Every path of every node under root, so a mutation can reach any field the client sends.
    public static List<string> All(JsonNode root, string prefix = "")
    {
        var paths = new List<string>();
        IEnumerable<(string Key, JsonNode? Node)> children = root switch
        {
            JsonObject o => o.Select(p => (p.Key, p.Value)),
            JsonArray a => a.Select((n, i) => (i.ToString(), n)),
            _ => [],
        };
        foreach (var (key, node) in children)
        {
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            paths.Add(path);
            if (node is not null) paths.AddRange(All(node, path));
        }
        return paths;
    }

    private static JsonNode? Child(JsonNode parent, string part) => parent switch
    {
        JsonObject o => o[part],
        JsonArray a when int.TryParse(part, out var i) && i < a.Count => a[i],
        _ => null,
    };

    private static void Assign(JsonNode parent, string part, JsonNode? value)
    {
        if (parent is JsonObject o) o[part] = value;
        else if (parent is JsonArray a)
        {
            if (int.TryParse(part, out var i) && i < a.Count) a[i] = value;
            else a.Add(value);
        }
    }
}
