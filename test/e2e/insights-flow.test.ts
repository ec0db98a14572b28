import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './support/chromium.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe.skipIf(chromiumPath === null)(
  'insights, review badges, related incidents and budgets',
  () => {
    let server: WebServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      server = await startWebServer({ demo: true });
      browser = await launchChromium();
      // A newer incident on one of INC-2's services, so INC-2 has a related incident to list.
      await server.api('POST', '/incidents', {
        title: 'Catalog edits reach search late again',
        severity: 'SEV3',
        services: ['search-indexer'],
      });
      const context = await browser.newContext({
        timezoneId: 'UTC',
        viewport: { width: 1360, height: 1000 },
      });
      page = await context.newPage();
      page.setDefaultTimeout(5_000);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the response times of the demo incidents, with the incidents behind them as links', async () => {
      await page.goto(server.url);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Insights' })
        .click();
      await page.waitForURL(/\/insights$/);
      const response = page.getByRole('region', { name: 'Response times' });
      await response.locator('.bar-chart svg rect').first().waitFor();
      const whole = response.getByRole('row', { name: /^Whole range/ });
      const cells = await whole.locator('td').allTextContents();
      expect(cells).toHaveLength(8);
      expect(cells.filter((text) => text !== '—').length).toBe(8);
      const keys = await response.locator('.metric-definitions a').allTextContents();
      expect(keys).toEqual(expect.arrayContaining(['INC-1', 'INC-2']));
      // The incident declared above has no milestones: it is counted as left out, by key.
      expect(await response.textContent()).toContain('Left out for missing milestones: 1 (INC-3).');
    });

    it('counts the incidents and lists each section with a teaching empty state where data is missing', async () => {
      const frequency = page.getByRole('region', { name: 'Incident frequency' });
      expect(await frequency.locator('.insight-headline').textContent()).toMatch(
        /^3 incidents in the range/,
      );
      const budgets = page.getByRole('region', { name: 'Error budgets', exact: true });
      await budgets.getByRole('region', { name: 'Exhausted error budgets' }).waitFor();
      expect(await budgets.textContent()).toContain('product-catalog: error budget exhausted');
      const patterns = page.getByRole('region', { name: 'Patterns' });
      await patterns
        .getByRole('heading', { name: 'No significant pattern in this range' })
        .waitFor();
      expect(await patterns.textContent()).toContain('at least 20 are needed');
    });

    it('links each table to its CSV over the range on screen', async () => {
      const link = page
        .getByRole('region', { name: 'Response times' })
        .getByRole('link', { name: /Download CSV/ });
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/api\/v1\/insights\/overview\?from=.*&format=csv&table=response$/);
      const csv = await fetch(`${server.url}${href}`);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect((await csv.text()).split('\n')[0]).toMatch(/^period,dimension,value,metric,/);
    });

    it('regroups the figures by week when the period changes, and keeps it in the address', async () => {
      await page.getByRole('combobox', { name: /^Per\b/ }).selectOption('week');
      await page.waitForURL(/period=week/);
      const frequency = page.getByRole('region', { name: 'Incident frequency' });
      await frequency
        .getByRole('rowheader', { name: /^\d{4}-W\d{2}/ })
        .first()
        .waitFor();
    });

    it('explains an empty range instead of showing empty charts', async () => {
      await page.goto(`${server.url}/insights?from=2001-01-01&to=2001-01-31&period=month`);
      await page.getByRole('heading', { name: 'No incidents in this range' }).waitFor();
    });

    it('shows a review badge on the list once a review is started', async () => {
      await page.goto(server.url);
      const row = page.getByRole('row').filter({ hasText: 'INC-2' });
      await row.getByText('None yet').waitFor();
      await row.getByRole('link', { name: /INC-2/ }).click();
      await page
        .getByRole('region', { name: 'Review' })
        .getByRole('button', { name: 'Start the review' })
        .click();
      await page.getByRole('link', { name: 'Edit the review' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Incidents' })
        .click();
      await row.getByText('Review: Draft').waitFor();
      await page.getByLabel('Needs review').check();
      await expect.poll(() => page.locator('.incident-link').count()).toBe(2);
    });

    it('lists related incidents on the incident page, with why, linking to them', async () => {
      await page.goto(`${server.url}/incidents/INC-2`);
      const related = page.getByRole('region', { name: 'Related incidents' });
      const link = related.getByRole('link', { name: /INC-3/ });
      await link.waitFor();
      expect(await related.textContent()).toContain('shares service search-indexer');
      await link.click();
      await page.waitForURL(/\/incidents\/INC-3$/);
    });

    it('puts the exhausted budget and its freeze at the top of the review editor', async () => {
      await page.goto(`${server.url}/incidents/INC-2/review`);
      const callout = page.getByRole('region', { name: 'Exhausted error budgets' });
      await callout.waitFor();
      expect(await callout.textContent()).toContain('product-catalog: error budget exhausted');
    });
  },
);
