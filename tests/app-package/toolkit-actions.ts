// The Agents Toolkit project file (teamsapp.yml) as its v1.8 YAML schema describes it, written
// with zod: the toolkit's schema is not shipped in any package we have offline, so this keeps
// the parts we use (the lifecycle arrays, each action's `with` and `writeToEnvironmentFile`,
// required and allowed keys) and checks them the same strict way.

import { z } from 'zod';

const envVar = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an environment variable name in capitals');
const secretVar = z.string().regex(/^SECRET_[A-Z0-9_]+$/, 'a SECRET_… name (stored in the .user file)');
const text = z.string().min(1);

function action<U extends string, S extends z.ZodRawShape>(uses: U, shape: S) {
  return z.strictObject({ uses: z.literal(uses), name: z.string().optional(), env: z.record(z.string(), z.string()).optional(), ...shape });
}

export const ACTIONS = [
  action('teamsApp/create', { with: z.strictObject({ name: text }), writeToEnvironmentFile: z.strictObject({ teamsAppId: envVar }) }),
  action('aadApp/create', {
    with: z.strictObject({
      name: text,
      generateClientSecret: z.boolean(),
      signInAudience: z.enum(['AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount']),
      serviceManagementReference: z.string().optional(),
      clientSecretExpireDays: z.number().int().min(1).optional(),
      clientSecretDescription: z.string().optional(),
    }),
    writeToEnvironmentFile: z.strictObject({
      clientId: envVar,
      objectId: envVar,
      clientSecret: secretVar.optional(),
      tenantId: envVar.optional(),
      authority: envVar.optional(),
      authorityHost: envVar.optional(),
    }),
  }),
  action('aadApp/update', { with: z.strictObject({ manifestPath: text, outputFilePath: text }) }),
  action('botAadApp/create', { with: z.strictObject({ name: text }), writeToEnvironmentFile: z.strictObject({ botId: envVar, botPassword: secretVar }) }),
  action('botFramework/create', {
    with: z.strictObject({
      botId: text,
      name: text,
      messagingEndpoint: text,
      description: z.string().optional(),
      iconUrl: z.string().optional(),
      channels: z.array(z.strictObject({ name: z.enum(['msteams', 'm365extensions']), callingWebhook: z.string().optional() })).optional(),
    }),
  }),
  action('arm/deploy', {
    with: z.strictObject({
      subscriptionId: text,
      resourceGroupName: text,
      bicepCliVersion: z
        .string()
        .regex(/^v\d+\.\d+\.\d+$/)
        .optional(),
      templates: z.array(z.strictObject({ path: text, parameters: z.string().optional(), deploymentName: text })).min(1),
    }),
  }),
  action('teamsApp/validateManifest', { with: z.strictObject({ manifestPath: text }) }),
  action('teamsApp/zipAppPackage', { with: z.strictObject({ manifestPath: text, outputZipPath: text, outputFolder: text }) }),
  action('teamsApp/validateAppPackage', { with: z.strictObject({ appPackagePath: text }) }),
  action('teamsApp/update', { with: z.strictObject({ appPackagePath: text }) }),
  action('teamsApp/extendToM365', {
    with: z.strictObject({ appPackagePath: text }),
    writeToEnvironmentFile: z.strictObject({ titleId: envVar, appId: envVar }),
  }),
  action('cli/runNpmCommand', { with: z.strictObject({ args: text, workingDirectory: z.string().optional() }) }),
  action('azureAppService/zipDeploy', {
    with: z.strictObject({
      artifactFolder: text,
      resourceId: text,
      workingDirectory: z.string().optional(),
      ignoreFile: z.string().optional(),
      dryRun: z.boolean().optional(),
      outputZipFile: z.string().optional(),
    }),
  }),
  action('file/createOrUpdateEnvironmentFile', {
    with: z.strictObject({ target: text, envs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }),
  }),
  action('script', {
    with: z.strictObject({
      run: text,
      workingDirectory: z.string().optional(),
      shell: z.string().optional(),
      timeout: z.number().optional(),
      redirectTo: z.string().optional(),
    }),
  }),
] as const;

export const KNOWN_USES: readonly string[] = ACTIONS.map((a) => a.shape.uses.value);

export const Action = z.discriminatedUnion('uses', ACTIONS);
export type Action = z.infer<typeof Action>;

export const ProjectFile = z.strictObject({
  version: z.string().regex(/^v1\.\d+$/),
  projectId: z.string().optional(),
  environmentFolderPath: z.string().optional(),
  additionalMetadata: z.record(z.string(), z.unknown()).optional(),
  provision: z.array(Action).optional(),
  deploy: z.array(Action).optional(),
  publish: z.array(Action).optional(),
});
export type ProjectFile = z.infer<typeof ProjectFile>;

/** Environment variables an action writes without naming them in writeToEnvironmentFile. */
export function implicitOutputs(step: Action, bicepOutputs: (file: string) => string[]): string[] {
  if (step.uses === 'arm/deploy') return step.with.templates.flatMap((t) => bicepOutputs(t.path));
  // aadApp/update generates the scope id when the Entra manifest uses it and it is empty.
  if (step.uses === 'aadApp/update') return ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'];
  return [];
}
