// Everything in the resource group; each module keeps its resource and the role assignments on it together.
param location string
param tags object
param planSku string
param instanceCount int
param deployOpenAI bool
param openAILocation string
param openAIChatModel object
param openAIEmbeddingModel object

var token = toLower(uniqueString(subscription().id, resourceGroup().id, location))

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-bot-${token}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${token}'
    appInsightsName: 'appi-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'st${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: 'kv-${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module openAI 'modules/openai.bicep' = if (deployOpenAI) {
  name: 'openai'
  params: {
    name: 'oai-${token}'
    location: openAILocation
    tags: tags
    principalId: identity.outputs.principalId
    chatModel: openAIChatModel
    embeddingModel: openAIEmbeddingModel
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    planName: 'plan-${token}'
    appName: 'app-${token}'
    location: location
    tags: tags
    planSku: planSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tableEndpoint: storage.outputs.tableEndpoint
    blobEndpoint: storage.outputs.blobEndpoint
    documentsContainer: storage.outputs.documentsContainer
    signingKeyUri: keyVault.outputs.signingKeyUri
    pseudonymKeyUri: keyVault.outputs.pseudonymKeyUri
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    openAIEndpoint: deployOpenAI ? openAI!.outputs.endpoint : ''
    openAIChatDeployment: deployOpenAI ? openAI!.outputs.chatDeployment : ''
    openAIEmbeddingDeployment: deployOpenAI ? openAI!.outputs.embeddingDeployment : ''
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${token}'
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenant().tenantId
    messagingEndpoint: app.outputs.messagingEndpoint
  }
}

output botAppId string = identity.outputs.clientId
output appServiceName string = app.outputs.name
output publicUrl string = app.outputs.publicUrl
output messagingEndpoint string = bot.outputs.messagingEndpoint
