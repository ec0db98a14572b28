#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm run build` or `npm start`); in a development checkout
// without a build it runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/run.js', import.meta.url));
if (existsSync(built)) {
  await import(built);
} else {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('hindsight: not built yet; run "npm run build" first\n');
    process.exit(2);
  }
  await import('../src/cli/run.ts');
}
