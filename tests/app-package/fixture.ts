// What the app-package tests share: the committed files, an environment folder holding the
// committed env/.env.dev plus a .user file with the values provisioning would write, a copy of
// appPackage/ to break on purpose, and a zip reader (yauzl, not the JSZip that writes them).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';

export const ROOT = path.resolve(__dirname, '..', '..');
export const APP_PACKAGE = path.join(ROOT, 'appPackage');

/** What teamsApp/create, aadApp/create and arm/deploy would have written for "dev". */
export const PROVISIONED = {
  TEAMS_APP_ID: '0d6f7a53-5d2c-4b43-9a8e-7c1f2b3e4d5a',
  AAD_APP_CLIENT_ID: '7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
  AAD_APP_OBJECT_ID: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  AAD_APP_TENANT_ID: 'c0ffee00-1325-4000-8000-000000001325',
  AAD_APP_ACCESS_AS_USER_PERMISSION_ID: 'e7d1c2b3-a4f5-4e6d-9c8b-7a6f5e4d3c2b',
  TAB_DOMAIN: 'ap1325-dev-x7k2m9q4w1z8a.azurewebsites.net',
  TAB_ENDPOINT: 'https://ap1325-dev-x7k2m9q4w1z8a.azurewebsites.net',
  AZURE_APP_SERVICE_RESOURCE_ID: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/ap1325-dev-x7k2m9q4w1z8a',
} as const;

const made: string[] = [];

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** env/.env.dev as committed, and a .env.dev.user with `values` (the secret among them). */
export function envDirWith(values: Record<string, string> = PROVISIONED): string {
  const dir = tempDir('env');
  fs.copyFileSync(path.join(ROOT, 'env', '.env.dev'), path.join(dir, '.env.dev'));
  const lines = Object.entries({ SECRET_AAD_APP_CLIENT_SECRET: 'not-a-real-secret', ...values }).map(([k, v]) => `${k}=${v}`);
  fs.writeFileSync(path.join(dir, '.env.dev.user'), `${lines.join('\n')}\n`);
  return dir;
}

/** A copy of appPackage/ (without build/), optionally changed before packaging. */
export function appPackageCopy(change?: (dir: string) => void): string {
  const dir = tempDir('app-package');
  for (const name of fs.readdirSync(APP_PACKAGE)) {
    if (name !== 'build') fs.copyFileSync(path.join(APP_PACKAGE, name), path.join(dir, name));
  }
  change?.(dir);
  return dir;
}

export function editJson(file: string, edit: (json: Record<string, any>) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
}

export function readJson<T = Record<string, any>>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Every entry of a zip, by name. */
export function readZip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
          stream.on('error', reject);
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}
