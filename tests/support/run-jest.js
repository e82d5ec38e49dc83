#!/usr/bin/env node
// Runs Jest with the test CA trusted (see with-test-ca.js). Arguments are passed on to Jest.
// The tests' scratch files (SQLite databases, Chromium profiles, CLI working folders: all made
// under os.tmpdir()) go to a folder of this run on the RAM-backed /dev/shm when the machine has
// one: SQLite commits with synchronous=FULL, and on a busy disk every commit waited for its
// fsync, which made the API suites three times slower than their CPU time. The databases stay
// real files with the production pragmas. An explicit TMPDIR wins; the folder goes at exit.
const fs = require('node:fs');
const path = require('node:path');
const { runWithTestCa } = require('./with-test-ca');

const RAM = '/dev/shm';

function scratchFolder() {
  if (process.env.TMPDIR) return {};
  try {
    fs.accessSync(RAM, fs.constants.W_OK);
  } catch {
    return {};
  }
  const dir = fs.mkdtempSync(path.join(RAM, 'action-plan-tests-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return { TMPDIR: dir };
}

void runWithTestCa([process.execPath, require.resolve('jest/bin/jest'), ...process.argv.slice(2)], scratchFolder());
