// Orders the test files so that Jest's workers finish together: files that failed last time
// first, then the slowest first. Jest's own sequencer knows durations only from its cache of
// the last run in this checkout; a fresh clone (or CI) has none and falls back to file size,
// which runs a seven-line spec that drives Chromium for minutes last, alone. There the
// durations in suite-durations.json (seconds, from a full run on the reference machine) stand
// in, and a file in neither counts as quick.
//   Refresh the record after a full run:  node tests/support/run-jest.js 2>&1 | node tests/support/test-sequencer.js --record
const path = require('node:path');
const fs = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

const RECORD = path.join(__dirname, 'suite-durations.json');
const ROOT = path.resolve(__dirname, '..', '..');
/** What a file missing from every record is assumed to take: Jest prints no time under 5 s. */
const UNKNOWN_MS = 1000;

const recorded = fs.existsSync(RECORD) ? JSON.parse(fs.readFileSync(RECORD, 'utf8')) : {};

class SlowestFirst extends Sequencer {
  time(test) {
    const seconds = recorded[path.relative(ROOT, test.path).split(path.sep).join('/')];
    return super.time(test) ?? (seconds === undefined ? UNKNOWN_MS : seconds * 1000);
  }
}

/** Reads Jest's output ("PASS tests/x.spec.ts (12.3 s)") on stdin and writes the record. */
function record() {
  const durations = {};
  for (const [, file, seconds] of fs.readFileSync(0, 'utf8').matchAll(/(?:PASS|FAIL) (\S+\.ts)(?: \((\d+(?:\.\d+)?) s\))?/g)) {
    durations[file] = seconds === undefined ? 1 : Math.round(Number(seconds));
  }
  const sorted = Object.fromEntries(Object.entries(durations).sort(([, a], [, b]) => b - a));
  fs.writeFileSync(RECORD, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`${Object.keys(sorted).length} suites recorded in ${path.relative(process.cwd(), RECORD)}`);
}

if (require.main === module && process.argv.includes('--record')) record();

module.exports = SlowestFirst;
