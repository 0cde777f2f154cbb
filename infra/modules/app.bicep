// App Service on Linux running the published bot (.NET 10), several stateless instances behind the load
// balancer; new instances get traffic only once /health answers 200 (the knowledge index is ready).
param planName string
param appName string
param location string
param tags object
param planSku string
param instanceCount int
param identityId string
param identityClientId string
param tableEndpoint string
param blobEndpoint string
param documentsContainer string
param signingKeyUri string
param pseudonymKeyUri string
param appInsightsConnectionString string
param openAIEndpoint string
param openAIChatDeployment string
param openAIEmbeddingDeployment string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet StakeholderBot.Bot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health'
    }
  }
}

// Deployments authenticate with Entra ID (azd, az webapp deploy); no publishing password exists.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

var publicUrl = 'https://${site.properties.defaultHostName}'

// The configuration keys the bot reads, with `__` for `:` (Linux environment variables). Kept in a child
// resource so they can name the site's own host.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identityClientId
    MicrosoftAppTenantId: tenant().tenantId
    // DefaultAzureCredential (storage, OpenAI) picks the user-assigned identity by this client id.
    AZURE_CLIENT_ID: identityClientId
    Storage__TableEndpoint: tableEndpoint
    Storage__BlobEndpoint: blobEndpoint
    Knowledge__Container: documentsContainer
    // Each instance keeps its own index on local disk; /home is shared by all instances.
    Knowledge__IndexPath: '/tmp/stakeholderbot/knowledge.db'
    Bot__PublicBaseUrl: publicUrl
    Exports__SigningKey: '@Microsoft.KeyVault(SecretUri=${signingKeyUri})'
    Surveys__PseudonymKey: '@Microsoft.KeyVault(SecretUri=${pseudonymKeyUri})'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    // Empty without Azure OpenAI: the bot then answers extractively. No API key: the identity signs in.
    OpenAI__Endpoint: openAIEndpoint
    OpenAI__ChatModel: openAIChatDeployment
    OpenAI__EmbeddingModel: openAIEmbeddingDeployment
    // The package is published already (dotnet publish); nothing is built on the server.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}

output name string = site.name
output publicUrl string = publicUrl
output messagingEndpoint string = '${publicUrl}/api/messages'
