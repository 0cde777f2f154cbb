// StakeholderBot on Azure: `azd up` (or `az deployment sub create`) deploys everything below into one
// resource group. No secret is a parameter or an output: the bot signs in with a user-assigned managed
// identity, storage and OpenAI take Entra tokens only, and the two app keys are generated inside Azure.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('Name of the environment (azd env name); names the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Region for every resource except the Azure Bot (global) and, if chosen elsewhere, Azure OpenAI.')
param location string

@description('App Service plan SKU: P0v3 (default), P1v3 for more memory, B1 for a cheaper plan (no autoscale).')
param planSku string = 'P0v3'

@minValue(1)
@maxValue(30)
@description('How many bot instances App Service runs behind its load balancer.')
param instanceCount int = 2

@description('Also deploy Azure OpenAI with a chat and an embedding deployment (answers are extractive without it).')
param deployOpenAI bool = false

@description('Region for Azure OpenAI (model availability differs by region).')
param openAILocation string = location

@description('Chat model deployed when deployOpenAI is true.')
param openAIChatModel object = { name: 'gpt-4o-mini', version: '2024-07-18', capacity: 30 }

@description('Embedding model deployed when deployOpenAI is true.')
param openAIEmbeddingModel object = { name: 'text-embedding-3-small', version: '1', capacity: 30 }

var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'stakeholderbot-resources'
  scope: group
  params: {
    location: location
    tags: tags
    planSku: planSku
    instanceCount: instanceCount
    deployOpenAI: deployOpenAI
    openAILocation: openAILocation
    openAIChatModel: openAIChatModel
    openAIEmbeddingModel: openAIEmbeddingModel
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output BOT_APP_ID string = resources.outputs.botAppId
output BOT_APP_SERVICE_NAME string = resources.outputs.appServiceName
output BOT_PUBLIC_URL string = resources.outputs.publicUrl
output BOT_MESSAGING_ENDPOINT string = resources.outputs.messagingEndpoint
