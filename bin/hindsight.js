#!/usr/bin/env node
// Runs the built CLI (dist/, made by `npm run build` or `npm start`); in a development checkout
// without a build it runs the TypeScript sources through tsx instead.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/run.js', import.meta.url));
const sources = fileURLToPath(new URL('../src', import.meta.url));

// In a checkout, a build older than the sources runs yesterday's code without a word: say so.
function newestSourceMs(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'web') continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

if (existsSync(built)) {
  if (existsSync(sources) && newestSourceMs(sources) > statSync(built).mtimeMs) {
    process.stderr.write(
      'hindsight: dist/ is older than src/; running the last build (run "npm run build" to update it)\n',
    );
  }
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
