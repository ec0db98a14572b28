/** @module Debian's Chromium driven by playwright-core; missing locally means skip, missing in CI means fail. */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The Chromium binary, or null when none is installed. */
export const chromiumPath: string | null =
  CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path as string)) ?? null;

if (chromiumPath === null && process.env.CI) {
  throw new Error(
    'Chromium is not installed: CI must run the browser tests (apt-get install chromium).',
  );
}
if (chromiumPath === null) {
  console.warn(
    'Browser tests skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH).',
  );
}

export function launchChromium(): Promise<Browser> {
  if (chromiumPath === null) throw new Error('no Chromium installed');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
