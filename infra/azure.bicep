// Azure resources of one environment, deployed by `provision` (teamsapp.yml, arm/deploy):
// a Linux App Service running the one Node process (tab, API, bot, reminders) and the Azure Bot
// registration that connects it to Teams. The app's settings come from the parameters, which
// the toolkit fills from env/.env.<name> (infra/azure.parameters.json).

@minLength(4)
@maxLength(24)
@description('Prefix of every resource name, e.g. ap1325-dev; a hash of the resource group makes names unique.')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan size. B1 suits a department; P0v3 or larger for several instances.')
param appServiceSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('Instances of the app. More than one needs STORE=sharepoint (see docs/operations.md).')
param instanceCount int = 1

@description('Node.js runtime of App Service on Linux; the app supports 20 and 22.')
@allowed(['NODE|20-lts', 'NODE|22-lts'])
param linuxFxVersion string = 'NODE|20-lts'

@description('The Entra app registration that serves the API, the bot and Graph (aadApp/create).')
param aadAppClientId string
param aadAppTenantId string

@secure()
param aadAppClientSecret string

@description('The Teams app id (teamsApp/create), for deep links from the bot into the tab.')
param teamsAppId string

@allowed(['sqlite', 'sharepoint'])
param store string = 'sharepoint'

@description('The SharePoint site that holds the lists, e.g. https://contoso.sharepoint.com/sites/wps-1325.')
param sharepointSiteUrl string = ''

@maxLength(42)
param botDisplayName string = '1325 Action Plan'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

// The cloud this is deployed to decides where sign-in and Graph live (national clouds too).
param authorityHost string = environment().authentication.loginEndpoint
param graphEndpoint string = environment().graph

var resourceName = '${resourceBaseName}-${uniqueString(resourceGroup().id)}'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: resourceName
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Any instance can serve any request: the web tier keeps no session state.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      // The built server, not `npm start` (which would build again on every start).
      appCommandLine: 'node dist/cli/main.js serve'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// A separate settings resource, because some values need the site's own host name.
resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The zip holds package.json, package-lock.json, dist/ and manifest/; App Service installs
    // the production dependencies on Linux itself, so native modules (better-sqlite3) match it.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
    STORE: store
    SHAREPOINT_SITE_URL: sharepointSiteUrl
    AUTH_MODE: 'entra'
    TENANT_ID: aadAppTenantId
    CLIENT_ID: aadAppClientId
    CLIENT_SECRET: aadAppClientSecret
    AUTHORITY_HOST: authorityHost
    GRAPH_ENDPOINT: graphEndpoint
    // v2 tokens carry the client id as audience; the Teams SSO resource is the api:// URI.
    API_AUDIENCE: '${aadAppClientId},api://${site.properties.defaultHostName}/${aadAppClientId}'
    API_SCOPE: 'access_as_user'
    ROLE_MAPPING: 'GenderUnit=gender-unit,Viewer=viewer,Admin=admin'
    TEAMS_APP_ID: teamsAppId
    TAB_ENTITY_ID: 'actionplan'
    PUBLIC_URL: 'https://${site.properties.defaultHostName}'
    SEED_DEMO: 'false'
    LOG_LEVEL: 'info'
  }
}

// The bot's registration: messages from Teams go to /api/messages; the bot's identity is the
// app registration above, in this tenant only.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: aadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: aadAppTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.<name> by arm/deploy, under these names.
output AZURE_APP_SERVICE_RESOURCE_ID string = site.id
output TAB_DOMAIN string = site.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${site.properties.defaultHostName}'
