import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The dashboard is built into dist/dashboard, which the API serves at `/`: every asset local, no CDN. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  resolve: { alias: { '@parley/client': resolve(import.meta.dirname, '../../libs/client/src') } },
  build: { outDir: resolve(import.meta.dirname, '../../dist/dashboard'), emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
