// Builds the tab benchmark's baseline page into dist-bench/tab-empty, served under /empty/ by
// the benchmark's own server (bench/tab-start-up.ts), never by the app. It takes the tab's
// own build settings (src/tab/vite.config.ts) and changes only what is built and where, so
// that the two pages stay built the same way and their start-up times compare.
//   vite build --config bench/tab-empty/vite.config.ts   (`npm run bench` runs it)

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import tab from '../../src/tab/vite.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  ...tab,
  root: here('.'),
  base: '/empty/',
  build: {
    ...tab.build,
    outDir: here('../../dist-bench/tab-empty'),
    emptyOutDir: true,
    rolldownOptions: { ...tab.build?.rolldownOptions, input: { empty: here('index.html') } },
  },
});
