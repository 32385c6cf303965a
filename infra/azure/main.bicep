// One deployment of the Hub in Azure, into one resource group:
//   az deployment group create -g RESOURCE_GROUP -f infra/azure/main.bicep -p infra/azure/hub.example.bicepparam
// Container Apps runs two or more instances of the image (infra/docker/Dockerfile) behind one
// HTTPS endpoint; Azure SQL holds everything they share. The instances reach the database as one
// user-assigned managed identity, the migration job as another, both through Entra authentication:
// no connection string holds a password, and the SQL server accepts Entra logins only. Granting
// each identity its database roles is one T-SQL step after the first deployment
// (docs/operations.md). The migrations run as a manual job before a new image is rolled out. Logs,
// traces and metrics go to Log Analytics and Application Insights.

targetScope = 'resourceGroup'

@description('A short name for this deployment, used in the names of its resources (lowercase letters and digits).')
@minLength(3)
@maxLength(12)
param name string

@description('The Azure region of every resource.')
param location string = resourceGroup().location

@description('The Hub\'s container image, e.g. myregistry.azurecr.io/hub:1.4.0.')
param image string

@description('The Hub\'s Entra app registration (infra/entra/hub-app-registration.json): its application (client) id.')
param entraClientId string

@description('The Entra tenant that operates the Hub (Hub.Admin in its tokens keeps the agency registry); empty for none.')
param operatorTenantId string = ''

@description('The Entra group whose members administer the SQL server (it must hold the person or pipeline that runs the post-deployment grant, README, Operations).')
param sqlAdministratorGroupName string

@description('The object id of that group.')
param sqlAdministratorGroupObjectId string

@description('The database\'s size: serverless General Purpose for small deployments, Hyperscale for large ones.')
@allowed([
  'serverless'
  'hyperscale'
])
param databaseTier string = 'serverless'

@description('Serverless only: the most vCores the database scales to.')
@allowed([
  1
  2
  4
  8
  16
])
param serverlessMaxVCores int = 2

@description('Hyperscale only: the vCores of the primary (and of the named read replica, see the README).')
@allowed([
  2
  4
  8
  16
])
param hyperscaleVCores int = 4

@description('The fewest instances of the Hub: two or more, so that one can restart while another serves.')
@minValue(2)
param minReplicas int = 2

@description('The most instances the HTTP rule scales out to.')
@minValue(2)
param maxReplicas int = 10

@description('Concurrent requests per instance above which another instance starts.')
@minValue(10)
param concurrentRequestsPerReplica int = 50

@description('Browser origins allowed by CORS (Hub:Limits:AllowedOrigins).')
param allowedOrigins array = []

@description('How many days Log Analytics keeps what the Hub logs.')
@minValue(30)
param logRetentionDays int = 90

var suffix = uniqueString(resourceGroup().id, name)
var databaseName = 'hub'
var appInsightsSecretName = 'applicationinsights-connection-string'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // The Hub sends no personal data; IP addresses are not kept either.
    DisableIpMasking: false
  }
}

// The instances read and write rows; only the migration job changes the schema.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-hub-${suffix}'
  location: location
}

resource migrationIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-migrate-${suffix}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${name}-${take(suffix, 8)}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource appInsightsSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: appInsightsSecretName
  properties: {
    value: insights.properties.ConnectionString
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource migrationIdentityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, migrationIdentity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: migrationIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource sqlServer 'Microsoft.Sql/servers@2021-11-01' = {
  name: 'sql-${name}-${suffix}'
  location: location
  properties: {
    minimalTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    administrators: {
      administratorType: 'ActiveDirectory'
      azureADOnlyAuthentication: true
      login: sqlAdministratorGroupName
      sid: sqlAdministratorGroupObjectId
      principalType: 'Group'
      tenantId: subscription().tenantId
    }
  }
}

// Connections from Azure services only (the Container Apps environment); a deployment that needs
// the database off the internet altogether adds a private endpoint and a VNet-integrated environment.
resource azureServices 'Microsoft.Sql/servers/firewallRules@2021-11-01' = {
  parent: sqlServer
  name: 'AllowAllWindowsAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource database 'Microsoft.Sql/servers/databases@2021-11-01' = {
  parent: sqlServer
  name: databaseName
  location: location
  sku: databaseTier == 'serverless'
    ? {
        name: 'GP_S_Gen5'
        tier: 'GeneralPurpose'
        family: 'Gen5'
        capacity: serverlessMaxVCores
      }
    : {
        name: 'HS_Gen5'
        tier: 'Hyperscale'
        family: 'Gen5'
        capacity: hyperscaleVCores
      }
  properties: databaseTier == 'serverless'
    ? {
        // A small deployment's database pauses after an idle hour and costs only storage then.
        autoPauseDelay: 60
        minCapacity: json('0.5')
        zoneRedundant: false
        requestedBackupStorageRedundancy: 'Geo'
      }
    : {
        highAvailabilityReplicaCount: 1
        zoneRedundant: false
        requestedBackupStorageRedundancy: 'Geo'
      }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: 'cae-${name}-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

// What every instance and the migration job are told; each adds the connection string that names
// its own managed identity, which SqlClient signs in as. No value here is a secret.
var hubEnvironment = concat(
  [
    {
      name: 'ASPNETCORE_ENVIRONMENT'
      value: 'Production'
    }
    {
      name: 'Database__Provider'
      value: 'SqlServer'
    }
    {
      name: 'AzureAd__ClientId'
      value: entraClientId
    }
    {
      name: 'Hub__OperatorTenantId'
      value: operatorTenantId
    }
    {
      name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
      secretRef: appInsightsSecretName
    }
    {
      name: 'OTEL_SERVICE_NAME'
      value: 'hub'
    }
  ],
  map(range(0, length(allowedOrigins)), i => {
    name: 'Hub__Limits__AllowedOrigins__${i}'
    value: allowedOrigins[i]
  })
)

var connectionStringAs = 'Server=tcp:${sqlServer.properties.fullyQualifiedDomainName},1433;Database=${databaseName};Authentication=Active Directory Managed Identity;Encrypt=True;Connect Timeout=30;User Id='

resource hub 'Microsoft.App/containerApps@2024-03-01' = {
  name: 'ca-${name}'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    identityReadsSecrets
  ]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'http'
        allowInsecure: false
      }
      secrets: [
        {
          name: appInsightsSecretName
          keyVaultUrl: appInsightsSecret.properties.secretUri
          identity: identity.id
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'hub'
          image: image
          env: concat(hubEnvironment, [
            {
              name: 'Database__ConnectionString'
              value: '${connectionStringAs}${identity.properties.clientId}'
            }
          ])
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/health/live'
                port: 8080
              }
              periodSeconds: 3
              failureThreshold: 20
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/live'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              // Ready once the database answers and holds every migration this image knows.
              type: 'Readiness'
              httpGet: {
                path: '/health/ready'
                port: 8080
              }
              periodSeconds: 10
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequestsPerReplica)
              }
            }
          }
        ]
      }
    }
  }
}

// `migrate`, started by hand (or by the release pipeline) before a new image is rolled out:
//   az containerapp job start -g RESOURCE_GROUP -n <this job's name> --image NEW_IMAGE
resource migrate 'Microsoft.App/jobs@2024-03-01' = {
  name: 'caj-${name}-migrate'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${migrationIdentity.id}': {}
    }
  }
  dependsOn: [
    migrationIdentityReadsSecrets
  ]
  properties: {
    environmentId: environment.id
    configuration: {
      triggerType: 'Manual'
      replicaTimeout: 1800
      replicaRetryLimit: 0
      manualTriggerConfig: {
        parallelism: 1
        replicaCompletionCount: 1
      }
      secrets: [
        {
          name: appInsightsSecretName
          keyVaultUrl: appInsightsSecret.properties.secretUri
          identity: migrationIdentity.id
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'migrate'
          image: image
          args: [
            'migrate'
          ]
          env: concat(hubEnvironment, [
            {
              name: 'Database__ConnectionString'
              value: '${connectionStringAs}${migrationIdentity.properties.clientId}'
            }
          ])
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
        }
      ]
    }
  }
}

@description('The Hub\'s GraphQL endpoint.')
output graphqlUrl string = 'https://${hub.properties.configuration.ingress.fqdn}/graphql'

@description('The SQL server, for the post-deployment grant of the managed identity (README, Operations).')
output sqlServerName string = sqlServer.properties.fullyQualifiedDomainName

@description('The managed identity the instances sign in to Azure SQL as (db_datareader, db_datawriter).')
output identityName string = identity.name

@description('The managed identity the migration job signs in to Azure SQL as (db_owner).')
output migrationIdentityName string = migrationIdentity.name

@description('The migration job, to start before each rollout.')
output migrateJobName string = migrate.name
