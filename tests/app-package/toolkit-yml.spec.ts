// teamsapp.yml and teamsapp.local.yml as the Agents Toolkit reads them: the schema version they
// declare, known actions with the keys each requires, every ${{VAR}} (in the file and in the
// files its actions read) set by env/ or by an earlier action, and the paths and npm scripts
// they name. Also the infra/ parameters and the committed env files.

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseEnvFile } from '../../src/app-package/env-files';
import { fillPlaceholders, placeholdersIn } from '../../src/app-package/placeholders';
import { loadConfig } from '../../src/config';
import { PROVISIONED, ROOT } from './fixture';
import { implicitOutputs, KNOWN_USES, ProjectFile, type Action } from './toolkit-actions';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const bicepOutputs = (file: string) => [...read(file).matchAll(/^output\s+([A-Z][A-Z0-9_]*)\s/gm)].map((m) => m[1]!);
const packageScripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

/** The files an action reads whose own ${{…}} placeholders the toolkit fills. */
function filesRead(step: Action): string[] {
  switch (step.uses) {
    case 'aadApp/update':
      return [step.with.manifestPath];
    case 'arm/deploy':
      return step.with.templates.flatMap((t) => (t.parameters ? [t.parameters] : []));
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage':
      return [step.with.manifestPath];
    default:
      return [];
  }
}

describe.each([
  ['teamsapp.yml', 'dev'],
  ['teamsapp.local.yml', 'local'],
])('%s', (file, envName) => {
  const text = read(file);
  const parsed = ProjectFile.safeParse(parse(text));
  const project = parsed.data!;
  const steps = [...(project?.provision ?? []), ...(project?.deploy ?? [])];

  it('declares the toolkit schema of the version it is written in', () => {
    const declared = /^# yaml-language-server: \$schema=https:\/\/aka\.ms\/teams-toolkit\/(v1\.\d+)\/yaml\.schema\.json$/m.exec(text.split('\n')[0]!);
    expect(declared?.[1]).toBe('v1.8');
    expect(project?.version).toBe(declared?.[1]);
  });

  it('uses only known actions, each with the keys it requires and no others', () => {
    const raw = parse(text) as { provision?: { uses: string }[]; deploy?: { uses: string }[] };
    for (const step of [...(raw.provision ?? []), ...(raw.deploy ?? [])]) expect(KNOWN_USES).toContain(step.uses);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('keeps the client secret in a SECRET_ variable (the .user file)', () => {
    for (const step of steps) {
      if (step.uses === 'aadApp/create' && step.with.generateClientSecret) expect(step.writeToEnvironmentFile.clientSecret).toMatch(/^SECRET_/);
    }
  });

  it(`sets every variable it uses, in env/.env.${envName} or in an earlier action`, () => {
    const outputsOf = (step: Action) => [
      ...Object.values(('writeToEnvironmentFile' in step && step.writeToEnvironmentFile) || {}),
      ...implicitOutputs(step, bicepOutputs),
    ];
    // A variable some action writes counts only after that action, even if env/ lists it empty.
    const written = new Set(steps.flatMap(outputsOf));
    const known = new Set(Object.keys(parseEnvFile(read(`env/.env.${envName}`))).filter((k) => !written.has(k)));
    const unset: string[] = [];
    for (const step of steps) {
      const outputs = outputsOf(step);
      const ownOutputs = step.uses === 'aadApp/update' ? outputs : [];
      const used = [...placeholdersIn(JSON.stringify(step)), ...filesRead(step).flatMap((f) => placeholdersIn(read(f)))];
      for (const name of used) if (!known.has(name) && !ownOutputs.includes(name)) unset.push(`${step.uses}: ${name}`);
      for (const name of outputs) known.add(name);
    }
    expect(unset).toEqual([]);
  });

  it('names files that exist and writes its outputs to git-ignored places', () => {
    for (const step of steps) {
      for (const f of filesRead(step)) expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
      if (step.uses === 'arm/deploy') for (const t of step.with.templates) expect(fs.existsSync(path.join(ROOT, t.path))).toBe(true);
      if (step.uses === 'azureAppService/zipDeploy' && step.with.ignoreFile) expect(fs.existsSync(path.join(ROOT, step.with.ignoreFile))).toBe(true);
      if (step.uses === 'aadApp/update') expect(step.with.outputFilePath).toMatch(/^\.\/appPackage\/build\//);
      if (step.uses === 'teamsApp/zipAppPackage') expect(step.with.outputZipPath).toMatch(/^\.\/appPackage\/build\//);
      if (step.uses === 'file/createOrUpdateEnvironmentFile') expect(step.with.target).toMatch(/^\.\/env\/\.env\.[^/]+\.user$/);
    }
  });

  it('runs only npm scripts that package.json has (or that may be absent)', () => {
    for (const step of steps) {
      if (step.uses !== 'cli/runNpmCommand') continue;
      const script = /^run\s+(\S+)/.exec(step.with.args)?.[1];
      if (script && !step.with.args.includes('--if-present')) expect(packageScripts).toContain(script);
    }
  });

  it('builds, validates and uploads the Teams app package after creating what it names', () => {
    const order = (project?.provision ?? []).map((s) => s.uses);
    const expected = [
      'teamsApp/create',
      'aadApp/create',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ];
    expect(order.filter((u) => expected.includes(u))).toEqual(expected);
  });
});

describe('teamsapp.yml (cloud)', () => {
  const project = ProjectFile.parse(parse(read('teamsapp.yml')));
  const provision = project.provision!.map((s) => s.uses);

  it('creates the Azure resources before configuring sign-in for their host name', () => {
    expect(provision.indexOf('arm/deploy')).toBeGreaterThan(provision.indexOf('aadApp/create'));
    expect(provision.indexOf('arm/deploy')).toBeLessThan(provision.indexOf('aadApp/update'));
  });

  it('deploys by installing, building and zip-deploying to the App Service it created', () => {
    const deploy = project.deploy!;
    expect(deploy.map((s) => s.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    const zip = deploy.at(-1)!;
    expect(zip.uses === 'azureAppService/zipDeploy' && zip.with.resourceId).toBe('${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(bicepOutputs('infra/azure.bicep')).toContain('AZURE_APP_SERVICE_RESOURCE_ID');
  });

  it('gives the bicep template every parameter it needs, and only parameters it declares', () => {
    const bicep = read('infra/azure.bicep');
    const params = [...bicep.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => ({ name: m[1]!, required: !m[2] }));
    const given = Object.keys((JSON.parse(read('infra/azure.parameters.json')) as { parameters: object }).parameters);
    expect(given.filter((g) => !params.some((p) => p.name === g))).toEqual([]);
    expect(params.filter((p) => p.required && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
  });
});

describe('teamsapp.local.yml (this machine)', () => {
  const project = ProjectFile.parse(parse(read('teamsapp.local.yml')));
  const uses = [...project.provision!, ...project.deploy!].map((s) => s.uses);

  it('creates nothing in Azure: the bot points at the tunnel', () => {
    expect(uses).not.toContain('arm/deploy');
    expect(uses).not.toContain('azureAppService/zipDeploy');
    const bot = project.provision!.find((s) => s.uses === 'botFramework/create');
    expect(bot?.uses === 'botFramework/create' && bot.with.messagingEndpoint).toBe('${{TAB_ENDPOINT}}/api/messages');
  });

  it('writes server settings that the server itself accepts, in entra mode on loopback', () => {
    const step = project.deploy!.find((s) => s.uses === 'file/createOrUpdateEnvironmentFile');
    expect(step).toBeDefined();
    const envs = step!.uses === 'file/createOrUpdateEnvironmentFile' ? step!.with.envs : {};
    const values = { ...PROVISIONED, STORE: 'sqlite', AAD_APP_OAUTH_AUTHORITY_HOST: 'https://login.microsoftonline.com', SECRET_AAD_APP_CLIENT_SECRET: 'x' };
    const filled = Object.fromEntries(Object.entries(envs).map(([k, v]) => [k, fillPlaceholders(String(v), values).text]));
    expect(Object.values(filled).join(' ')).not.toContain('${{');
    const config = loadConfig(filled);
    expect(config).toMatchObject({ authMode: 'entra', host: '127.0.0.1', store: 'sqlite', clientId: PROVISIONED.AAD_APP_CLIENT_ID });
    expect(config.apiAudiences).toContain(`api://${PROVISIONED.TAB_DOMAIN}/${PROVISIONED.AAD_APP_CLIENT_ID}`);
  });
});

describe('committed env files', () => {
  it.each(['env/.env.dev', 'env/.env.local'])('%s holds no secret', (file) => {
    const values = parseEnvFile(read(file));
    const secrets = Object.keys(values).filter((k) => /SECRET|PASSWORD/.test(k));
    expect(secrets).toEqual([]);
  });
});
