// `npm run package -- --env dev`: the zip it writes is accepted by the official schema once read
// back, and every way the inputs can be wrong stops it with a message naming the problem.

import './esm-shims';
import fs from 'node:fs';
import path from 'node:path';
import { encodePng } from '../../src/app-package/png';
import { loadSchema, localizationSchemaUrl, validateAgainstSchema } from '../../src/app-package/manifest-schema';
import { PackageError, packageApp, type PackageOptions } from '../../src/app-package/package-app';
import { appPackageCopy, APP_PACKAGE, editJson, envDirWith, PROVISIONED, readJson, readZip, removeTempDirs, tempDir } from './fixture';

afterAll(removeTempDirs);

const options = (over: Partial<PackageOptions> = {}): PackageOptions => ({
  envName: 'dev',
  envDir: envDirWith(),
  appPackageDir: APP_PACKAGE,
  outDir: tempDir('out'),
  ...over,
});

async function problemsOf(over: Partial<PackageOptions>): Promise<string[]> {
  try {
    await packageApp(options(over));
  } catch (error) {
    if (error instanceof PackageError) return [...error.problems];
    throw error;
  }
  throw new Error('the package was built');
}

describe('packageApp', () => {
  it('writes appPackage.dev.zip that the official schema accepts when read back', async () => {
    const result = await packageApp(options());
    expect(path.basename(result.zipPath)).toBe('appPackage.dev.zip');
    const zip = await readZip(fs.readFileSync(result.zipPath));
    expect([...zip.keys()].sort()).toEqual(['color.png', 'fr-fr.json', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(zip.get('manifest.json')!.toString('utf8')) as Record<string, any>;
    expect(await validateAgainstSchema(manifest, loadSchema(manifest.$schema))).toEqual([]);
    const french = JSON.parse(zip.get('fr-fr.json')!.toString('utf8')) as unknown;
    expect(await validateAgainstSchema(french, loadSchema(localizationSchemaUrl(manifest.$schema)))).toEqual([]);
    expect(zip.get('color.png')!.equals(fs.readFileSync(path.join(APP_PACKAGE, 'color.png')))).toBe(true);
  });

  it('fills every placeholder from env/.env.dev and its .user file', async () => {
    const { manifest } = await packageApp(options());
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('${{');
    expect(manifest.id).toBe(PROVISIONED.TEAMS_APP_ID);
    expect(manifest.name).toMatchObject({ short: '1325 Action Plan (dev)' });
    expect(manifest.validDomains).toEqual([PROVISIONED.TAB_DOMAIN]);
    expect(manifest.webApplicationInfo).toMatchObject({
      id: PROVISIONED.AAD_APP_CLIENT_ID,
      resource: `api://${PROVISIONED.TAB_DOMAIN}/${PROVISIONED.AAD_APP_CLIENT_ID}`,
    });
  });

  it('gives the same bytes for the same inputs', async () => {
    const env = envDirWith();
    const a = await packageApp(options({ envDir: env, outDir: tempDir('a') }));
    const b = await packageApp(options({ envDir: env, outDir: tempDir('b') }));
    expect(fs.readFileSync(a.zipPath).equals(fs.readFileSync(b.zipPath))).toBe(true);
  });

  it('names every variable the environment leaves empty, as env/.env.dev does before provisioning', async () => {
    const unprovisioned = Object.fromEntries(Object.keys(PROVISIONED).map((name) => [name, '']));
    const problems = await problemsOf({ envDir: envDirWith(unprovisioned) });
    expect(problems).toEqual(
      ['AAD_APP_CLIENT_ID', 'TAB_DOMAIN', 'TAB_ENDPOINT', 'TEAMS_APP_ID'].map((name) => `${name} has no value in .env.dev or .env.dev.user`),
    );
  });

  it('refuses an environment that does not exist, listing those that do', async () => {
    await expect(packageApp(options({ envName: 'prod' }))).rejects.toThrow(/no environment "prod".*environments: dev/);
  });

  it('fails with the schema message on a bad accent colour', async () => {
    const dir = appPackageCopy((d) => editJson(path.join(d, 'manifest.json'), (m) => (m.accentColor = 'UN blue')));
    expect(await problemsOf({ appPackageDir: dir })).toEqual([
      'manifest.json/accentColor must match pattern "^#[0-9a-fA-F]{6}$". Details: {"pattern":"^#[0-9a-fA-F]{6}$"}',
    ]);
  });

  it('fails with the schema message on a missing required field', async () => {
    const dir = appPackageCopy((d) => editJson(path.join(d, 'manifest.json'), (m) => delete m.developer));
    const problems = await problemsOf({ appPackageDir: dir });
    expect(problems).toEqual([expect.stringContaining("must have required property 'developer'")]);
  });

  it('fails when a filled value breaks the schema (a client id that is not a GUID)', async () => {
    const problems = await problemsOf({ envDir: envDirWith({ ...PROVISIONED, AAD_APP_CLIENT_ID: 'not-a-guid' }) });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^manifest\.json\/bots\/0\/botId must match pattern/)]));
  });

  it('refuses a schema version that @microsoft/app-manifest does not ship, rather than download it', async () => {
    const dir = appPackageCopy((d) =>
      editJson(path.join(d, 'manifest.json'), (m) => {
        m.$schema = 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json';
        m.manifestVersion = '9.99';
      }),
    );
    expect(await problemsOf({ appPackageDir: dir })).toEqual([expect.stringMatching(/ships no MicrosoftTeams\.schema\.json for v9\.99 \(it has .*v1\.25/)]);
  });

  it('refuses a colour icon of the wrong size', async () => {
    const dir = appPackageCopy((d) =>
      fs.writeFileSync(path.join(d, 'color.png'), encodePng({ width: 96, height: 96, rgba: new Uint8Array(96 * 96 * 4).fill(255) })),
    );
    expect(await problemsOf({ appPackageDir: dir })).toEqual(['color.png: the colour icon must be 192×192 pixels, not 96×96']);
  });

  it('refuses an outline icon that is not white on transparency', async () => {
    const rgba = new Uint8Array(32 * 32 * 4);
    for (let i = 0; i < 32 * 16; i++) rgba.set([0, 158, 219, 255], i * 4); // top half in UN blue
    const dir = appPackageCopy((d) => fs.writeFileSync(path.join(d, 'outline.png'), encodePng({ width: 32, height: 32, rgba })));
    expect(await problemsOf({ appPackageDir: dir })).toEqual(['outline.png: the outline icon must be white on transparency; 512 visible pixels are not white']);
  });

  it('refuses a language file that leaves a string untranslated', async () => {
    const dir = appPackageCopy((d) => editJson(path.join(d, 'fr-fr.json'), (f) => delete f['staticTabs[1].name']));
    expect(await problemsOf({ appPackageDir: dir })).toEqual(['fr-fr.json: no translation of "staticTabs[1].name" ("Dashboard")']);
  });

  it('refuses a translation of something the manifest does not have', async () => {
    const dir = appPackageCopy((d) => editJson(path.join(d, 'fr-fr.json'), (f) => (f['staticTabs[2].name'] = 'Exporter')));
    expect(await problemsOf({ appPackageDir: dir })).toEqual(['fr-fr.json: "staticTabs[2].name" translates nothing in the manifest']);
  });

  it('refuses placeholders in a language file, which the toolkit would zip unfilled', async () => {
    const dir = appPackageCopy((d) => editJson(path.join(d, 'fr-fr.json'), (f) => (f['name.short'] = 'PA 1325${{APP_NAME_SUFFIX}}')));
    expect(await problemsOf({ appPackageDir: dir })).toEqual([expect.stringContaining('fr-fr.json: language files cannot use ${{…}} placeholders')]);
  });

  it('checks language files against the localization schema of the same version', async () => {
    const dir = appPackageCopy((d) => editJson(path.join(d, 'fr-fr.json'), (f) => (f['name.short'] = 'Plan d’action 1325 pour les femmes et la paix')));
    expect(await problemsOf({ appPackageDir: dir })).toEqual([expect.stringMatching(/^fr-fr\.json\/name\.short must NOT have more than 30 characters/)]);
  });

  it('keeps the committed manifest on the newest schema it was written for, shipped offline', () => {
    const manifest = readJson(path.join(APP_PACKAGE, 'manifest.json'));
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(22);
  });
});

describe('npm run package', () => {
  it('exits 1 and says on stderr why it cannot build', async () => {
    const { main } = await import('../../src/app-package/main');
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['node', 'main.js', '--env', 'staging', '--out', tempDir('cli')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toMatch(
      /^package --env staging: the Teams app package cannot be built: no environment "staging": .*env[/\\]\.env\.staging does not exist \(environments: .*dev.*\)/,
    );
  });
});
