using System.Text.Json.Nodes;
using Xunit;

namespace StakeholderBot.Infra.Tests;

// What infra/main.bicep deploys, read from the ARM template the Bicep CLI compiles it to.
public sealed class TemplateTests(CompiledTemplate compiled) : IClassFixture<CompiledTemplate>
{
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string OpenAIUser = "5e0bd9bd-7b93-4f28-af87-19fc36ad61bd";

    private const string IdentityClientId = "[reference(resourceId('Microsoft.Resources/deployments', 'identity'), '2025-04-01').outputs.clientId.value]";
    private const string IdentityPrincipalId = "[reference(resourceId('Microsoft.Resources/deployments', 'identity'), '2025-04-01').outputs.principalId.value]";
    private const string IdentityId = "[reference(resourceId('Microsoft.Resources/deployments', 'identity'), '2025-04-01').outputs.id.value]";

    [Fact]
    public async Task MainTemplate_BuildsAndLintsWithoutAnyDiagnostic()
    {
        // A misspelt property or a linter finding is only a warning with exit code 0: any output fails here.
        foreach (var command in new[] { "build", "lint" })
        {
            var result = command == "build"
                ? await BicepCli.RunAsync(command, BicepCli.MainTemplate, "--stdout")
                : await BicepCli.RunAsync(command, BicepCli.MainTemplate);
            Assert.True(result.ExitCode == 0 && result.Diagnostics.Trim().Length == 0, $"bicep {command}:\n{result.Diagnostics}");
        }
    }

    [Fact]
    public void Identity_IsOneUserAssignedIdentity_TheBotsAppAndTheAppsCredential()
    {
        var identity = compiled.Module("identity");
        Assert.Single(compiled.Resources("identity", "Microsoft.ManagedIdentity/userAssignedIdentities"));
        Assert.Equal("[reference(resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', parameters('name')), '2024-11-30').clientId]",
            (string?)CompiledTemplate.Template(identity)["outputs"]!["clientId"]!["value"]);

        var site = compiled.Resource("app", "Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)site["properties"]!["keyVaultReferenceIdentity"]);
        Assert.Equal(IdentityId, CompiledTemplate.Argument(compiled.Module("app"), "identityId"));
        Assert.Equal(IdentityClientId, CompiledTemplate.Argument(compiled.Module("app"), "identityClientId"));
    }

    [Fact]
    public void Bot_IsAnAzureBotSignedInAsTheUserAssignedIdentity_WithTheTeamsChannel()
    {
        var bot = compiled.Resource("bot", "Microsoft.BotService/botServices");
        var properties = bot["properties"]!;
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.Equal("[parameters('identityClientId')]", (string?)properties["msaAppId"]);
        Assert.Equal("[parameters('identityId')]", (string?)properties["msaAppMSIResourceId"]);
        Assert.Equal("[parameters('tenantId')]", (string?)properties["msaAppTenantId"]);
        var module = compiled.Module("bot");
        Assert.Equal(IdentityClientId, CompiledTemplate.Argument(module, "identityClientId"));
        Assert.Equal(IdentityId, CompiledTemplate.Argument(module, "identityId"));
        Assert.Equal("[tenant().tenantId]", CompiledTemplate.Argument(module, "tenantId"));

        var teams = compiled.Resource("bot", "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)teams["properties"]!["channelName"]);
        Assert.True((bool?)teams["properties"]!["properties"]!["isEnabled"]);
    }

    [Fact]
    public void Bot_MessagingEndpoint_IsTheAppsHttpsHostWithApiMessages()
    {
        Assert.Equal("[parameters('messagingEndpoint')]", (string?)compiled.Resource("bot", "Microsoft.BotService/botServices")["properties"]!["endpoint"]);
        Assert.Equal("[reference(resourceId('Microsoft.Resources/deployments', 'app'), '2025-04-01').outputs.messagingEndpoint.value]",
            CompiledTemplate.Argument(compiled.Module("bot"), "messagingEndpoint"));
        Assert.Equal("[format('{0}/api/messages', format('https://{0}', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '2025-03-01').defaultHostName))]",
            (string?)CompiledTemplate.Template(compiled.Module("app"))["outputs"]!["messagingEndpoint"]!["value"]);
    }

    [Fact]
    public void Site_IsHttpsOnly_Tls12_AlwaysOn_HealthChecked_OnDotNet10Linux()
    {
        var site = compiled.Resource("app", "Microsoft.Web/sites");
        var properties = site["properties"]!;
        var config = properties["siteConfig"]!;
        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("1.2", (string?)config["scmMinTlsVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.True((bool?)config["alwaysOn"]);
        Assert.Equal("/health", (string?)config["healthCheckPath"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("dotnet StakeholderBot.Bot.dll", compiled.StartCommand());
        // No publishing password: FTP and SCM basic authentication are off.
        var credentials = compiled.Resources("app", "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, credentials.Count);
        Assert.All(credentials, c => Assert.False((bool?)c["properties"]!["allow"]));
    }

    [Fact]
    public void Plan_IsLinux_AndRunsInstanceCountInstances_TwoByDefault()
    {
        var instanceCount = compiled.Root["parameters"]!["instanceCount"]!;
        Assert.Equal(2, (int?)instanceCount["defaultValue"]);
        Assert.Equal("[parameters('instanceCount')]", CompiledTemplate.Argument(compiled.Module("stakeholderbot-resources"), "instanceCount"));
        Assert.Equal("[parameters('instanceCount')]", CompiledTemplate.Argument(compiled.Module("app"), "instanceCount"));
        var plan = compiled.Resource("app", "Microsoft.Web/serverfarms");
        Assert.Equal("[parameters('instanceCount')]", (string?)plan["sku"]!["capacity"]);
        Assert.Equal("[parameters('planSku')]", (string?)plan["sku"]!["name"]);
        Assert.True((bool?)plan["properties"]!["reserved"]);
    }

    [Fact]
    public void AppSettings_AreTheKeysTheBotReads_WithDoubleUnderscores()
    {
        var settings = AppSettings();
        Assert.Equal(
            ["APPLICATIONINSIGHTS_CONNECTION_STRING", "AZURE_CLIENT_ID", "Bot__PublicBaseUrl", "Exports__SigningKey",
             "Knowledge__Container", "Knowledge__IndexPath", "MicrosoftAppId", "MicrosoftAppTenantId", "MicrosoftAppType",
             "OpenAI__ChatModel", "OpenAI__EmbeddingModel", "OpenAI__Endpoint", "SCM_DO_BUILD_DURING_DEPLOYMENT",
             "Storage__BlobEndpoint", "Storage__TableEndpoint", "Surveys__PseudonymKey"],
            settings.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(settings, s => s.Key.Contains(':'));

        Assert.Equal("UserAssignedMSI", Setting("MicrosoftAppType"));
        Assert.Equal("[parameters('identityClientId')]", Setting("MicrosoftAppId"));
        Assert.Equal("[parameters('identityClientId')]", Setting("AZURE_CLIENT_ID"));
        Assert.Equal("[tenant().tenantId]", Setting("MicrosoftAppTenantId"));
        Assert.Equal("[format('https://{0}', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '2025-03-01').defaultHostName)]", Setting("Bot__PublicBaseUrl"));
        Assert.StartsWith("/tmp/", Setting("Knowledge__IndexPath"));

        var app = compiled.Module("app");
        Assert.Equal("[parameters('tableEndpoint')]", Setting("Storage__TableEndpoint"));
        Assert.Equal("[reference(resourceId('Microsoft.Resources/deployments', 'storage'), '2025-04-01').outputs.tableEndpoint.value]", CompiledTemplate.Argument(app, "tableEndpoint"));
        Assert.Equal("[reference(resourceId('Microsoft.Storage/storageAccounts', parameters('name')), '2025-01-01').primaryEndpoints.table]",
            (string?)CompiledTemplate.Template(compiled.Module("storage"))["outputs"]!["tableEndpoint"]!["value"]);
        Assert.Equal("[parameters('blobEndpoint')]", Setting("Storage__BlobEndpoint"));
    }

    [Fact]
    public void AppKeys_AreKeyVaultReferences_ToSecretsGeneratedInAzure()
    {
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('signingKeyUri'))]", Setting("Exports__SigningKey"));
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('pseudonymKeyUri'))]", Setting("Surveys__PseudonymKey"));

        var outputs = CompiledTemplate.Template(compiled.Module("keyvault"))["outputs"]!;
        Assert.Equal("[format('{0}secrets/{1}/', reference(resourceId('Microsoft.KeyVault/vaults', parameters('name')), '2025-05-01').vaultUri, variables('signingKeyName'))]", (string?)outputs["signingKeyUri"]!["value"]);
        Assert.Equal("[format('{0}secrets/{1}/', reference(resourceId('Microsoft.KeyVault/vaults', parameters('name')), '2025-05-01').vaultUri, variables('pseudonymKeyName'))]", (string?)outputs["pseudonymKeyUri"]!["value"]);
        var variables = CompiledTemplate.Template(compiled.Module("keyvault"))["variables"]!;

        Assert.True((bool?)compiled.Resource("keyvault", "Microsoft.KeyVault/vaults")["properties"]!["enableRbacAuthorization"]);
        // The vault holds no secret resource: the deployment script creates the values inside Azure.
        Assert.DoesNotContain(compiled.AllResources(), r => ((string?)r.Resource["type"])!.StartsWith("Microsoft.KeyVault/vaults/secrets", StringComparison.Ordinal));
        var script = compiled.Resource("keyvault", "Microsoft.Resources/deploymentScripts");
        var environment = script["properties"]!["environmentVariables"]!.AsArray().ToDictionary(e => (string)e!["name"]!, e => (string)e!["value"]!);
        Assert.Equal(["SECRET_NAMES", "VAULT_NAME"], environment.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("[format('{0} {1}', variables('signingKeyName'), variables('pseudonymKeyName'))]", environment["SECRET_NAMES"]);
        Assert.Equal(["exports-signing-key", "surveys-pseudonym-key"], new[] { (string)variables["signingKeyName"]!, (string)variables["pseudonymKeyName"]! });
        Assert.Null(script["properties"]!["outputs"]);
        var content = CompiledTemplate.Resolve(compiled.Module("keyvault"), (string)script["properties"]!["scriptContent"]!);
        Assert.Contains("/dev/urandom", content);
        Assert.Contains("--file", content);
    }

    [Fact]
    public void NoSecret_IsAParameterAnOutputOrASetting()
    {
        var strings = Strings(compiled.Root).ToList();
        foreach (var forbidden in new[] { "listKeys", "listConnectionStrings", "listSecrets", "AccountKey", "SharedAccessSignature", "DefaultEndpointsProtocol", "password", "ApiKey" })
            Assert.DoesNotContain(strings, s => s.Contains(forbidden, StringComparison.OrdinalIgnoreCase));

        // No secret goes in: no secure parameter anywhere. None comes out: the outputs are these names only.
        Assert.DoesNotContain(ParameterTypes(compiled.Root), type => type.StartsWith("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["AZURE_LOCATION", "AZURE_RESOURCE_GROUP", "AZURE_TENANT_ID", "BOT_APP_ID", "BOT_APP_SERVICE_NAME", "BOT_MESSAGING_ENDPOINT", "BOT_PUBLIC_URL"],
            compiled.Root["outputs"]!.AsObject().Select(o => o.Key).Order(StringComparer.Ordinal));

        // The one connection string in settings is Application Insights', which only lets a client send telemetry.
        Assert.Equal(["APPLICATIONINSIGHTS_CONNECTION_STRING"],
            AppSettings().Select(s => s.Key).Where(k => k.Contains("connection", StringComparison.OrdinalIgnoreCase) || k.Contains("KEY", StringComparison.Ordinal)));
        Assert.Equal("[reference(resourceId('Microsoft.Insights/components', parameters('appInsightsName')), '2020-02-02').ConnectionString]",
            (string?)CompiledTemplate.Template(compiled.Module("monitoring"))["outputs"]!["appInsightsConnectionString"]!["value"]);
    }

    [Fact]
    public void Storage_TakesEntraTokensOnly_NoPublicBlobs_Tls12()
    {
        var properties = compiled.Resource("storage", "Microsoft.Storage/storageAccounts")["properties"]!;
        Assert.False((bool?)properties["allowSharedKeyAccess"]);
        Assert.True((bool?)properties["defaultToOAuthAuthentication"]);
        Assert.False((bool?)properties["allowBlobPublicAccess"]);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.True((bool?)properties["supportsHttpsTrafficOnly"]);
        Assert.Equal("None", (string?)compiled.Resource("storage", "Microsoft.Storage/storageAccounts/blobServices/containers")["properties"]!["publicAccess"]);
    }

    [Fact]
    public void RoleAssignments_GiveTheBotsIdentityExactlyItsDataRoles_OnEachResource()
    {
        var granted = compiled.AllResources()
            .Where(r => (string?)r.Resource["type"] == "Microsoft.Authorization/roleAssignments")
            .Select(r => (r.Module, Role: RoleId(compiled.Module(r.Module), r.Resource), Principal: (string)r.Resource["properties"]!["principalId"]!,
                Scope: (string)r.Resource["scope"]!, Type: (string?)r.Resource["properties"]!["principalType"]))
            .ToList();
        // Managed identities: stating the type lets a grant to a just-created identity apply without waiting for replication.
        Assert.All(granted, g => Assert.Equal("ServicePrincipal", g.Type));
        var toBot = granted.Where(g => g.Principal == "[parameters('principalId')]").ToList();

        Assert.Equal(
            [("keyvault", KeyVaultSecretsUser), ("openai", OpenAIUser), ("storage", TableDataContributor), ("storage", BlobDataContributor)],
            toBot.Select(g => (g.Module, g.Role)).OrderBy(g => g.Module, StringComparer.Ordinal).ThenBy(g => g.Role == BlobDataContributor));
        foreach (var module in new[] { "storage", "keyvault", "openai" })
            Assert.Equal(IdentityPrincipalId, CompiledTemplate.Argument(compiled.Module(module), "principalId"));

        // Each on the one resource it is about, never the resource group or subscription.
        Assert.All(toBot, g => Assert.Matches(@"^\[resourceId\('Microsoft\.(Storage/storageAccounts|KeyVault/vaults|CognitiveServices/accounts)', parameters\('name'\)\)\]$", g.Scope));

        // The only other grant: the key-generating script's own identity may write secrets in the vault.
        var other = Assert.Single(granted.Except(toBot));
        Assert.Equal(("keyvault", KeyVaultSecretsOfficer), (other.Module, other.Role));
    }

    [Fact]
    public void OpenAI_IsOptional_EntraOnly_WithAChatAndAnEmbeddingDeployment()
    {
        Assert.False((bool?)compiled.Root["parameters"]!["deployOpenAI"]!["defaultValue"]);
        Assert.Equal("[parameters('deployOpenAI')]", (string?)compiled.Module("openai")["condition"]);
        var account = compiled.Resource("openai", "Microsoft.CognitiveServices/accounts");
        Assert.Equal("OpenAI", (string?)account["kind"]);
        Assert.True((bool?)account["properties"]!["disableLocalAuth"]);
        Assert.Equal(["chat", "embedding"],
            compiled.Resources("openai", "Microsoft.CognitiveServices/accounts/deployments").Select(d => ((string)d["name"]!).Split('\'')[^2]).Order());
        Assert.Equal("[parameters('openAIEndpoint')]", Setting("OpenAI__Endpoint"));
        Assert.Equal("[if(parameters('deployOpenAI'), createObject('value', reference(resourceId('Microsoft.Resources/deployments', 'openai'), '2025-04-01').outputs.endpoint.value), createObject('value', ''))]",
            CompiledTemplate.Argument(compiled.Module("app"), "openAIEndpoint"));
        Assert.Equal("[format('{0}openai/v1/', reference(resourceId('Microsoft.CognitiveServices/accounts', parameters('name')), '2025-06-01').endpoint)]",
            (string?)CompiledTemplate.Template(compiled.Module("openai"))["outputs"]!["endpoint"]!["value"]);
    }

    private IReadOnlyDictionary<string, string> AppSettings() => compiled.AppSettings();

    private string Setting(string name) => AppSettings()[name];

    // "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('x'))]" -> the GUID in x.
    private static string RoleId(JsonObject module, JsonObject assignment)
    {
        var definition = (string)assignment["properties"]!["roleDefinitionId"]!;
        const string prefix = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ";
        Assert.StartsWith(prefix, definition);
        var role = CompiledTemplate.Resolve(module, "[" + definition[prefix.Length..^2] + "]");
        Assert.True(Guid.TryParse(role, out _), $"role definition {definition} is not a built-in role id");
        return role;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static IEnumerable<string> ParameterTypes(JsonObject template)
    {
        foreach (var parameter in template["parameters"]?.AsObject() ?? []) yield return (string)parameter.Value!["type"]!;
        var resources = template["resources"] is JsonArray list ? list : new JsonArray();
        foreach (var deployment in resources.Where(r => (string?)r!["type"] == "Microsoft.Resources/deployments"))
            foreach (var type in ParameterTypes(deployment!["properties"]!["template"]!.AsObject())) yield return type;
    }
}
