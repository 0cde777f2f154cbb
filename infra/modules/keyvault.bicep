// Key Vault (RBAC) holding the two keys the bot's instances must share: the CSV-link signing key and the
// survey pseudonym key. A deployment script generates each one inside Azure the first time (see
// generate-keys.sh), so no key is ever a template value, a parameter or an output, and a redeployment
// never replaces a key (a new pseudonym key would split every respondent's history in two).
param name string
param location string
param tags object
param principalId string

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
var signingKeyName = 'exports-signing-key'
var pseudonymKeyName = 'surveys-pseudonym-key'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource botReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// The script runs as its own identity, which may write secrets; the bot's identity may only read them.
resource scriptIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-keys-${name}'
  location: location
  tags: tags
}

resource scriptWritesSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, scriptIdentity.id, secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
    principalId: scriptIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource generateKeys 'Microsoft.Resources/deploymentScripts@2023-08-01' = {
  name: 'generate-keys-${name}'
  location: location
  tags: tags
  kind: 'AzureCLI'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${scriptIdentity.id}': {} }
  }
  properties: {
    azCliVersion: '2.67.0'
    scriptContent: loadTextContent('generate-keys.sh')
    environmentVariables: [
      { name: 'VAULT_NAME', value: vault.name }
      { name: 'SECRET_NAMES', value: '${signingKeyName} ${pseudonymKeyName}' }
    ]
    timeout: 'PT15M'
    retentionInterval: 'PT1H'
    cleanupPreference: 'OnSuccess'
  }
  dependsOn: [scriptWritesSecrets]
}

// Version-less URIs: App Service resolves the current version. A module's outputs exist only once all of it
// has deployed (keys generated, read access granted), so the app that references them is configured after that.
output signingKeyUri string = '${vault.properties.vaultUri}secrets/${signingKeyName}/'
output pseudonymKeyUri string = '${vault.properties.vaultUri}secrets/${pseudonymKeyName}/'
