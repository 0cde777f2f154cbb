using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Infra.Tests;

// infra/main.bicep compiled to an ARM template once for all template tests. Modules are nested deployments,
// so a resource is found by its module (deployment name) and type.
public sealed class CompiledTemplate : IAsyncLifetime
{
    public JsonObject Root { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var build = await BicepCli.RunAsync("build", BicepCli.MainTemplate, "--stdout");
        if (build.ExitCode != 0) throw new InvalidOperationException("bicep build failed:\n" + build.Diagnostics);
        Root = JsonNode.Parse(build.Output)!.AsObject();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public JsonObject Module(string name) =>
        Deployments(Root).SingleOrDefault(d => (string?)d["name"] == name) ?? throw new InvalidOperationException($"no module '{name}'");

    public static JsonObject Template(JsonObject module) => module["properties"]!["template"]!.AsObject();

    // The value a module is given for one of its parameters (an ARM expression or a literal).
    public static string Argument(JsonObject module, string parameter) =>
        module["properties"]!["parameters"]![parameter] is JsonObject argument ? argument["value"]!.ToString() : module["properties"]!["parameters"]![parameter]!.ToString();

    // A module's variable, with "[variables('x')]" resolved the way ARM would.
    public static string Resolve(JsonObject module, string expression) =>
        expression.StartsWith("[variables('", StringComparison.Ordinal) && expression.EndsWith("')]", StringComparison.Ordinal)
            ? (string)Template(module)["variables"]![expression[12..^3]]!
            : expression;

    public JsonObject Resource(string module, string type) => Resources(module, type).Single();

    // The site's app settings as the template writes them: literal values or ARM expressions.
    public IReadOnlyDictionary<string, string> AppSettings() =>
        Resources("app", "Microsoft.Web/sites/config").Single(c => ((string)c["name"]!).Contains("'appsettings'"))["properties"]!.AsObject()
            .ToDictionary(s => s.Key, s => (string)s.Value!);

    public string StartCommand() => (string)Resource("app", "Microsoft.Web/sites")["properties"]!["siteConfig"]!["appCommandLine"]!;

    public IEnumerable<JsonObject> Resources(string module, string type) =>
        Own(Template(Module(module))).Where(r => (string?)r["type"] == type);

    // Every resource at any depth, with the module it is declared in.
    public IEnumerable<(string Module, JsonObject Resource)> AllResources() =>
        Deployments(Root).SelectMany(d => Own(Template(d)).Select(r => ((string)d["name"]!, r)));

    private static IEnumerable<JsonObject> Own(JsonObject template) => template["resources"] switch
    {
        JsonArray list => list.Select(r => r!.AsObject()),
        JsonObject symbolic => symbolic.Select(p => p.Value!.AsObject()),
        _ => [],
    };

    private static IEnumerable<JsonObject> Deployments(JsonObject template) =>
        Own(template).Where(r => (string?)r["type"] == "Microsoft.Resources/deployments")
            .SelectMany(d => Deployments(Template(d)).Prepend(d));
}
