// The loopback TLS material that tests/support/run-jest.js prepares and trusts.
import fs from 'node:fs';
import path from 'node:path';

export function testTls(): { key: Buffer; cert: Buffer } {
  const dir = process.env.TEST_TLS_DIR;
  if (!dir) throw new Error('Run the tests through `npm test` (tests/support/run-jest.js), which prepares the test CA.');
  return { key: fs.readFileSync(path.join(dir, 'server-key.pem')), cert: fs.readFileSync(path.join(dir, 'server.pem')) };
}
