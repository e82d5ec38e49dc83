// GET /api/openapi.json: the OpenAPI 3.1 document of this API, generated from the contract's
// route table (src/contract) once per process, on the first request (it takes about 0.1 s,
// which every server a test starts would otherwise pay), and served to anyone, like /healthz:
// it describes the routes, never data.

import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { z } from 'zod';
import { openApiDocument } from '../contract/openapi';

let document: string | undefined;

/** The package's version, for the document's info; the same file from src/server and dist/server. */
function packageVersion(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  return z.object({ version: z.string() }).parse(JSON.parse(fs.readFileSync(file, 'utf8'))).version;
}

export function openApiRoute(): Router {
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    document ??= JSON.stringify(openApiDocument(packageVersion()));
    res.set('Cache-Control', 'no-store').type('application/json').send(document);
  });
  return router;
}
