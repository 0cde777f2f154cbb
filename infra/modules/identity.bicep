// The bot's one identity: its Azure Bot app id (UserAssignedMSI), and how it reaches storage, Key Vault and OpenAI.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
