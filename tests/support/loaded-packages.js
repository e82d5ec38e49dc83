// Preloaded (`node --require`) into a CLI process by tests/cli/start-up.spec.ts: at exit, writes
// the npm packages the process loaded to the file named by LOADED_PACKAGES_FILE, one per line.
const fs = require('node:fs');

process.on('exit', () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file.slice(file.lastIndexOf('node_modules')));
    if (match) packages.add(match[1].replace(/\\/g, '/'));
  }
  fs.writeFileSync(process.env.LOADED_PACKAGES_FILE, [...packages].sort().join('\n'));
});
