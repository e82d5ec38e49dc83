// Builds the Teams tab into dist/tab: `vite build --config src/tab/vite.config.ts`.
// Two pages: the tab (index.html) and the benchmark's baseline, an empty Fluent page built
// the same way (bench/empty.html). Vite 8 compiles TSX itself (oxc); no React plugin, so no
// fast refresh, which a build does not need.

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('../../dist/tab'),
    emptyOutDir: true,
    target: 'es2022',
    // Every browser that hosts Teams supports modulepreload; the polyfill would only add code.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: { main: here('index.html'), empty: here('bench/empty.html') },
      // Fluent's packages mark modules 'use client' for React Server Components, which a
      // browser bundle has no use for: silence that one warning, keep every other.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
