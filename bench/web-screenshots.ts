/**
 * @module Screenshots of the main screens, light and dark, from the production build over the demo
 * workspace: `npx tsx bench/web-screenshots.ts` writes docs/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild } from '../test/e2e/support/build-web.js';
import { chromiumPath, launchChromium } from '../test/e2e/support/chromium.js';
import { startWebServer } from '../test/e2e/support/web-server.js';

const OUT = join(process.cwd(), 'docs/screenshots');

async function openPage(browser: Browser, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width: 1360, height: 1000 },
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let fonts and the last query settle so the picture shows data, not a loading line.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  process.stdout.write(`docs/screenshots/${name}.png\n`);
}

if (chromiumPath === null) {
  process.stderr.write('no Chromium found: apt-get install chromium, or set CHROMIUM_PATH\n');
  process.exit(2);
}
await ensureWebBuild();
mkdirSync(OUT, { recursive: true });
const server = await startWebServer({ demo: true, timeZone: 'Europe/Berlin' });
const browser = await launchChromium();
// A published review with an action item owned by the actor, so every review screen has content.
const { incidents } = await server.api<{ incidents: { key: string }[] }>('GET', '/incidents');
const reviewed = incidents[0]!.key;
await server.api('POST', `/incidents/${reviewed}/review`, { reviewers: ['Priya'] });
await server.api('POST', `/incidents/${reviewed}/review/action-items`, {
  title: 'Alert 14 days before any internal certificate expires',
  owner: 'owner',
  horizon: 'immediate',
  successCriteria: 'An expiring staging certificate pages the payments on-call',
  validationMethod: 'Issue a certificate that expires in 13 days in staging',
});
const draft = incidents[1]?.key;
if (draft) await server.api('POST', `/incidents/${draft}/review`);
await server.api('POST', `/incidents/${reviewed}/review/submit`, {});
await server.api('POST', `/incidents/${reviewed}/review/publish`, {
  override: { reason: 'Screenshot fixture' },
});
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await openPage(browser, theme);
    await page.goto(server.url);
    await page.getByRole('table').waitFor();
    await shoot(page, `incidents-${theme}`);

    await page.locator('.incident-link').first().click();
    await page.locator('.event-row').first().waitFor();
    await page.locator('.duration-value').first().waitFor();
    await shoot(page, `incident-${theme}`);

    await page.getByLabel('Time axis').check();
    await page.locator('.time-axis svg').waitFor();
    await shoot(page, `incident-time-axis-${theme}`);

    await page.goto(`${server.url}/incidents/${draft ?? reviewed}/review`);
    await page.getByRole('region', { name: 'Findings' }).waitFor();
    await shoot(page, `review-editor-${theme}`);

    await page.goto(`${server.url}/action-items`);
    await page.locator('.my-item').first().waitFor();
    await shoot(page, `my-action-items-${theme}`);

    await page.goto(`${server.url}/library`);
    await page.locator('.library-item').first().waitFor();
    await shoot(page, `library-${theme}`);

    await page.locator('.library-link').first().click();
    await page.locator('.review-doc').waitFor();
    await shoot(page, `library-review-${theme}`);

    await page.goto(`${server.url}/insights`);
    await page.locator('.insight-grid .bar-chart svg').first().waitFor();
    await page.getByRole('region', { name: 'Patterns' }).locator('.empty-state, table').waitFor();
    await shoot(page, `insights-${theme}`);
    if (theme === 'light') {
      await page.screenshot({ path: join(OUT, 'insights-full-light.png'), fullPage: true });
      process.stdout.write('docs/screenshots/insights-full-light.png\n');
    }
    await page.context().close();
  }
  const page = await openPage(browser, 'light');
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const form = page.getByRole('form', { name: 'Declare an incident' });
  await form.getByRole('button', { name: 'Declare incident' }).click();
  await form.getByRole('alert').waitFor();
  await shoot(page, 'declare-incident-light');

  const empty = await startWebServer({ demo: false });
  await page.goto(empty.url);
  await page.getByRole('heading', { name: 'No incidents yet' }).waitFor();
  await shoot(page, 'incidents-empty-light');
  await empty.close();
} finally {
  await browser.close();
  await server.close();
}
