#!/usr/bin/env node
// Runs a command with a throw-away test CA trusted the Node way (NODE_EXTRA_CA_CERTS), so that
// the HTTPS doubles on loopback (Graph, Entra, Bot Connector) are verified exactly as Microsoft's
// servers would be in production: no TLS check is ever disabled. Node reads NODE_EXTRA_CA_CERTS
// only at start-up, which is why the command runs in a child process.
//   node tests/support/with-test-ca.js <command> [args…]
const { spawnSync, X509Certificate } = { ...require('node:child_process'), ...require('node:crypto') };
const fs = require('node:fs');
const path = require('node:path');
const selfsigned = require('selfsigned');

const dir = path.join(__dirname, '..', '..', '.test-ca');

async function ensureTestCa() {
  const caCert = path.join(dir, 'ca.pem');
  const serverCert = path.join(dir, 'server.pem');
  const serverKey = path.join(dir, 'server-key.pem');
  if ([caCert, serverCert, serverKey].every((f) => fs.existsSync(f)) && !expiresSoon(caCert)) return caCert;
  fs.mkdirSync(dir, { recursive: true });
  const notAfterDate = new Date(Date.now() + 30 * 86_400_000);
  const ca = await selfsigned.generate([{ name: 'commonName', value: '1325 Action Plan test CA' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const server = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  fs.writeFileSync(serverKey, server.private, { mode: 0o600 });
  fs.writeFileSync(serverCert, server.cert);
  fs.writeFileSync(caCert, ca.cert);
  return caCert;
}

function expiresSoon(certFile) {
  const cert = new X509Certificate(fs.readFileSync(certFile));
  return Date.parse(cert.validTo) - Date.now() < 2 * 86_400_000;
}

/** Runs `args` (a command and its arguments) with the test CA trusted and `env` added; exits with its status. */
async function runWithTestCa(args, env = {}) {
  const caCert = await ensureTestCa();
  const result = spawnSync(args[0], args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...env, NODE_EXTRA_CA_CERTS: caCert, TEST_TLS_DIR: dir },
  });
  process.exit(result.status ?? 1);
}

module.exports = { ensureTestCa, runWithTestCa };

if (require.main === module) void runWithTestCa(process.argv.slice(2));
