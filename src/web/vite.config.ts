/** @module Vite build of the web app: src/web → dist/web, served by `hindsight serve` at `/`. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: `${here}../../dist/web`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
