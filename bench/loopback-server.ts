// The app under measure, listening on a free loopback port, for the benchmarks that call it
// over HTTP.

import type { Server } from 'node:http';
import type { Express } from 'express';

export interface LoopbackServer {
  server: Server;
  /** http://127.0.0.1:PORT */
  base: string;
  close(): void;
}

export async function serveOnLoopback(app: Express): Promise<LoopbackServer> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('The bench server has no port.');
  return {
    server,
    base: `http://127.0.0.1:${address.port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
