// The tab's bundle (dist/tab) for the browser suites, built on demand: only when a browser
// suite runs, only when the tab's sources changed since the last build, and once for all Jest
// workers (a lock file). So `npm test` never waits for the bundle before its first test, and a
// run without browser suites never builds it at all.

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
export const TAB_DIR = path.join(ROOT, 'dist', 'tab');
/** The hash of the sources dist/tab was built from; vite's emptyOutDir removes it with the old bundle. */
const STAMP = path.join(TAB_DIR, '.sources-hash');
const LOCK = path.join(ROOT, 'dist', '.tab-build.lock');
const SOURCE_FILE = /\.(tsx?|css|html|json|svg|png)$/;
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => SOURCE_FILE.test(f) && fs.statSync(f).isFile());
}

/**
 * src/tab and every src folder it imports from (the pure domain today), found by following
 * relative imports, so that a new import from the tab is covered without editing this list.
 */
function sourceFolders(): string[] {
  const folders = new Set(['tab']);
  for (let grew = true; grew;) {
    grew = false;
    for (const folder of [...folders]) {
      for (const file of filesUnder(path.join(SRC, folder)).filter((f) => /\.tsx?$/.test(f))) {
        for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
          const top = path.relative(SRC, path.resolve(path.dirname(file), spec ?? '.')).split(path.sep)[0];
          if (top && !top.startsWith('..') && !folders.has(top)) {
            folders.add(top);
            grew = true;
          }
        }
      }
    }
  }
  return [...folders].sort();
}

/** One hash over the tab's sources and the locked dependency versions. */
function sourcesHash(): string {
  const hash = crypto.createHash('sha256');
  const files = sourceFolders().flatMap((folder) => filesUnder(path.join(SRC, folder)));
  for (const file of [...files, path.join(ROOT, 'package-lock.json')].sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

const isCurrent = (hash: string) => fs.existsSync(path.join(TAB_DIR, 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash;

/** True when the process that wrote the lock has ended without removing it (a killed run). */
function lockIsStale(): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(LOCK, 'utf8'));
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
  // An empty lock is one being written this instant, unless it is old (a run killed just then).
  const writtenAt = fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
  if (!pid) return Date.now() - writtenAt > 60_000;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

async function withLock(work: () => void): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      // Not `instanceof Error`: Node's errors come from outside the Jest sandbox's realm.
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
      if (lockIsStale()) fs.rmSync(LOCK, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

/** Builds dist/tab with Vite unless it was built from exactly the sources on disk. */
export async function ensureTabBuilt(): Promise<void> {
  if (isCurrent(sourcesHash())) return;
  await withLock(() => {
    const hash = sourcesHash();
    if (isCurrent(hash)) return; // another worker built it while this one waited
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    // Without Jest's NODE_ENV=test, which would make Vite bundle React's development build.
    const { NODE_ENV: _jest, ...env } = process.env;
    const run = spawnSync(process.execPath, [vite, 'build', '--config', 'src/tab/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, env, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`Building the tab failed (vite build, exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
    fs.writeFileSync(STAMP, hash);
  });
}
