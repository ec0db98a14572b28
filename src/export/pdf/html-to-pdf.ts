/** @module HTML to an A4 PDF through a locally installed Chromium (never a downloaded browser). */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a headless print with no network chatter of the browser's own. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser was not found where we looked; the message says how to install or point to one. */
export class ChromiumMissingError extends Error {
  constructor(readonly executablePath: string) {
    super(
      `Chromium was not found at ${executablePath}; PDF export needs it. Install it with ` +
        '"apt-get install -y chromium", or set HINDSIGHT_CHROMIUM to the path of a Chromium binary.',
    );
    this.name = 'ChromiumMissingError';
  }
}

/** Renders `html` to an A4 PDF with backgrounds, using the Chromium at `executablePath` (default /usr/bin/chromium). */
export async function htmlToPdf(
  html: string,
  options: { executablePath?: string } = {},
): Promise<Buffer> {
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}
