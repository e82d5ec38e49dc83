// What a configurable tab saves in Teams (teams-js pages.config.InstanceConfig), apart from the
// host code so that pure logic and its unit tests can name it without the DOM.

export interface TabInstanceConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}
