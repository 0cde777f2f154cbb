// Optional Azure OpenAI: a chat and an embedding deployment, Entra ID only (local keys disabled), used by
// the bot's identity through the Cognitive Services OpenAI User role.
param name string
param location string
param tags object
param principalId string
param chatModel object
param embeddingModel object

var openAIUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: { name: 'S0' }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource chat 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: 'chat'
  sku: { name: 'GlobalStandard', capacity: chatModel.capacity }
  properties: {
    model: { format: 'OpenAI', name: chatModel.name, version: chatModel.version }
  }
}

// One deployment at a time: the account refuses concurrent deployment changes.
resource embedding 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: 'embedding'
  sku: { name: 'Standard', capacity: embeddingModel.capacity }
  properties: {
    model: { format: 'OpenAI', name: embeddingModel.name, version: embeddingModel.version }
  }
  dependsOn: [chat]
}

resource openAIAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, openAIUser)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAIUser)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

// The OpenAI-compatible v1 path the bot calls.
output endpoint string = '${account.properties.endpoint}openai/v1/'
output chatDeployment string = chat.name
output embeddingDeployment string = embedding.name
