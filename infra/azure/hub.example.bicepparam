// One agency deployment's parameters; copy, rename and fill in per deployment.
//   az deployment group create -g RESOURCE_GROUP -f infra/azure/main.bicep -p infra/azure/hub.example.bicepparam
using 'main.bicep'

param name = 'hubexample'
param image = 'myregistry.azurecr.io/hub:1.0.0'
param entraClientId = '00000000-0000-0000-0000-000000000000'
param operatorTenantId = ''
param sqlAdministratorGroupName = 'hub-sql-administrators'
param sqlAdministratorGroupObjectId = '00000000-0000-0000-0000-000000000000'
param databaseTier = 'serverless'
param minReplicas = 2
param maxReplicas = 10
param allowedOrigins = [
  'https://dashboard.example.org'
]
