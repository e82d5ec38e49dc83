// Runs the built CLI (dist/cli/main.js, emitted by `npm run build:server`, which `npm test` runs first)
// as a real child process.

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH!, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface Served {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `serve` on an ephemeral port and waits for its "listening" log line. */
export function serve(env: Record<string, string>): Promise<Served> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve'], { env: { PATH: process.env.PATH!, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 20_000);
    child.stderr.on('data', (d) => {
      log += d;
      const line = log.split('\n').find((l) => l.includes('is listening'));
      if (line) {
        clearTimeout(timer);
        resolve({
          url: JSON.parse(line).url,
          child,
          stderr: () => log,
          stop: (signal = 'SIGTERM') =>
            new Promise((done) => {
              child.once('exit', (code) => done(code));
              child.kill(signal);
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${log}`));
    });
  });
}
