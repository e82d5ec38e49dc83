#!/usr/bin/env node
// The package's command (`action-plan`, `npm run cli`): runs the built CLI in dist/ and never
// builds, so that `--help` answers in about a second. Without a build it says so in one line.

const fs = require('node:fs');
const path = require('node:path');

const main = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('action-plan: not built yet; run `npm run build` first\n');
  process.exit(1);
}
require(main);
