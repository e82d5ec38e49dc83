// Builds the Teams tab into dist/tab: `vite build --config src/tab/vite.config.ts`. One page,
// index.html, since the app serves whatever is built here; the tab benchmark's baseline page
// takes these settings into a build of its own (bench/tab-empty/vite.config.ts). Vite 8
// compiles TSX itself (oxc); no React plugin, so no fast refresh, which a build does not need.

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
      input: { main: here('index.html') },
      // Rolldown would otherwise merge the code the lazy views share into a chunk the first
      // page loads (StatusViews), raising first-load JS from about 130 to 195 KB gzip (measured
      // 2026-12-05 with `npm run bench -- tab`). A second entry used to prevent that by accident.
      experimental: { chunkOptimization: { mergeCommonChunks: false } },
      // Fluent's packages mark modules 'use client' for React Server Components, which a
      // browser bundle has no use for: silence that one warning, keep every other.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
});
