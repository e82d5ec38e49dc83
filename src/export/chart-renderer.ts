// Charts rendered on the server, without a browser: Vega-Lite compiles a spec to Vega, Vega draws
// it as SVG (its headless 'none' renderer), resvg turns the SVG into a PNG for Word.
//
// Why a worker thread: vega and vega-lite ship as ES modules only, with top-level await, so
// require() refuses them (ERR_REQUIRE_ASYNC_MODULE). The server compiles to CommonJS, where
// TypeScript turns `import()` into require() too, and Jest runs modules in a vm context that has
// no ES module loader. A worker thread's source (below, given as text) is run by Node itself, so
// its import() is Node's own in every one of those settings; the heavy drawing also stays off the
// event loop that serves requests. resvg is CommonJS and runs here.

import { Resvg } from '@resvg/resvg-js';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The one font of every chart, pinned so that a PNG comes out the same on every machine that has
 * it (Debian: fonts-liberation2); Arial's metric twin, like the document's text.
 */
export const CHART_FONT = 'Liberation Sans';

/** A Vega-Lite spec: plain JSON, checked by Vega-Lite's compiler. */
export type ChartSpec = Record<string, unknown>;

export interface RenderedChart {
  png: Buffer;
  width: number;
  height: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const vl = await import(workerData.vegaLite);
  const vega = await import(workerData.vega);
  parentPort.on('message', async ({ id, spec }) => {
    try {
      const view = new vega.View(vega.parse(vl.compile(spec).spec), { renderer: 'none' });
      const svg = await view.toSVG();
      view.finalize();
      parentPort.postMessage({ id, svg });
    } catch (error) {
      parentPort.postMessage({ id, error: String((error && error.message) || error) });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => parentPort.postMessage({ fatal: String((error && error.message) || error) }));
`;

type WorkerReply = { ready?: true; fatal?: string; id?: number; svg?: string; error?: string };

/** Renders every spec to a PNG, in order; one worker for the lot, ended before this resolves. */
export async function renderCharts(specs: readonly ChartSpec[], scale = 2): Promise<RenderedChart[]> {
  if (specs.length === 0) return [];
  const svgs = await drawSvgs(specs);
  return svgs.map((svg) => {
    const rendered = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { loadSystemFonts: true, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
      background: 'white',
    }).render();
    return { png: rendered.asPng(), width: rendered.width / scale, height: rendered.height / scale };
  });
}

function drawSvgs(specs: readonly ChartSpec[]): Promise<string[]> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // Resolved here, where the app's node_modules are known; the worker imports them by URL.
    workerData: { vegaLite: pathToFileURL(require.resolve('vega-lite')).href, vega: pathToFileURL(require.resolve('vega')).href },
  });
  const svgs: string[] = [];
  return new Promise<string[]>((resolve, reject) => {
    const fail = (error: Error) => {
      void worker.terminate();
      reject(error);
    };
    worker.on('error', fail);
    // A worker that dies without a word (out of memory, a crash in a native module) must not leave the export waiting.
    worker.on('exit', (code) => {
      if (svgs.length < specs.length) reject(new Error(`The chart renderer stopped (exit code ${code}) before drawing every chart.`));
    });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.fatal !== undefined) return fail(new Error(`The chart renderer could not start: ${reply.fatal}`));
      if (reply.error !== undefined) return fail(new Error(`A chart could not be drawn: ${reply.error}`));
      if (reply.svg !== undefined) svgs.push(reply.svg);
      const next = specs[svgs.length];
      if (next) worker.postMessage({ id: svgs.length, spec: next });
      else {
        void worker.terminate();
        resolve(svgs);
      }
    });
  });
}
