#!/usr/bin/env node
// Runs Jest with the test CA trusted (see with-test-ca.js). Arguments are passed on to Jest.
const { runWithTestCa } = require('./with-test-ca');

void runWithTestCa([process.execPath, require.resolve('jest/bin/jest'), ...process.argv.slice(2)]);
