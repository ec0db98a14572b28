import { AxeBuilder } from '@axe-core/playwright';
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
      const response = page.getByRole('region', { name: 'Response times', exact: true });
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
        .getByRole('region', { name: 'Response times', exact: true })
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

describe.skipIf(chromiumPath === null)('response times by severity, service and team', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  const RANGE = 'from=2024-01-01&to=2024-03-31&period=month';

  /** An incident whose milestones are set as given (UTC, on 2024 days), so every figure is known. */
  async function seed(
    severity: string,
    service: string,
    milestones: Record<string, string>,
  ): Promise<string> {
    const { key } = await server.api<{ key: string }>('POST', '/incidents', {
      title: `A ${severity} incident on ${service}`,
      severity,
      services: [service],
    });
    await server.api('PUT', `/incidents/${key}/milestones`, milestones);
    return key;
  }

  const slices = () =>
    page.getByRole('region', { name: 'Response times by severity, service and team' });

  /** The body rows as [name, median, p90, measured, left out], as seen: hidden labels and opened lists left out. */
  function rowsShown(): Promise<string[][]> {
    return slices()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => {
            const copy = cell.cloneNode(true) as typeof cell;
            for (const hidden of copy.querySelectorAll('.visually-hidden, .incident-keys'))
              hidden.remove();
            return (copy.textContent ?? '').trim();
          }),
        ),
      );
  }

  beforeAll(async () => {
    server = await startWebServer({ demo: false });
    browser = await launchChromium();
    await server.api('POST', '/services', { name: 'checkout', owningTeam: 'payments' });
    await server.api('POST', '/services', { name: 'search', owningTeam: 'discovery' });
    // SEV1 on checkout: resolved after 2 h and after 1 h.
    await seed('SEV1', 'checkout', {
      impactStarted: '2024-02-01T10:00:00.000Z',
      detected: '2024-02-01T10:05:00.000Z',
      acknowledged: '2024-02-01T10:10:00.000Z',
      mitigated: '2024-02-01T10:40:00.000Z',
      resolved: '2024-02-01T12:00:00.000Z',
    });
    await seed('SEV1', 'checkout', {
      impactStarted: '2024-02-10T08:00:00.000Z',
      detected: '2024-02-10T08:20:00.000Z',
      acknowledged: '2024-02-10T08:30:00.000Z',
      mitigated: '2024-02-10T09:00:00.000Z',
      resolved: '2024-02-10T09:00:00.000Z',
    });
    // SEV2 on search: one resolved after 30 min, one with only its impact start.
    await seed('SEV2', 'search', {
      impactStarted: '2024-03-05T14:00:00.000Z',
      detected: '2024-03-05T14:02:00.000Z',
      acknowledged: '2024-03-05T14:03:00.000Z',
      resolved: '2024-03-05T14:30:00.000Z',
    });
    await seed('SEV2', 'search', { impactStarted: '2024-03-06T09:00:00.000Z' });
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

  it('shows time to resolve per severity, slowest first, with the incidents measured and left out', async () => {
    await page.goto(`${server.url}/insights?${RANGE}`);
    await slices().locator('tbody tr').first().waitFor();
    expect(await slices().getByRole('radio', { name: 'Severity' }).isChecked()).toBe(true);
    expect(await slices().getByRole('radio', { name: 'MTTR' }).isChecked()).toBe(true);
    // SEV1: 2 h and 1 h → median 1 h 30 min, p90 1 h 54 min; SEV2: 30 min, INC-4 unresolved.
    expect(await rowsShown()).toEqual([
      ['SEV1', '1 h 30 min', '1 h 54 min', '2', '0'],
      ['SEV2', '30 min', '30 min', '1', '1'],
      ['All incidents', '1 h', '1 h 48 min', '3', '1'],
    ]);
    expect(await slices().textContent()).toContain('resolved − impact started');
  });

  it('opens a count onto links to the incidents behind it, from the keyboard', async () => {
    const sev2 = slices().getByRole('row', { name: /^SEV2/ });
    await sev2.locator('summary', { hasText: 'left out for a missing milestone' }).focus();
    await page.keyboard.press('Enter');
    await sev2.getByRole('link').first().waitFor();
    expect(await sev2.getByRole('link').allTextContents()).toEqual(['INC-4']);
    const sev1 = slices().getByRole('row', { name: /^SEV1/ });
    await sev1.locator('summary', { hasText: 'incidents measured for SEV1' }).click();
    await sev1.getByRole('link').first().waitFor();
    expect(await sev1.getByRole('link').allTextContents()).toEqual(['INC-1', 'INC-2']);
    await sev1.getByRole('link', { name: 'INC-2' }).click();
    await page.waitForURL(/\/incidents\/INC-2$/);
    await page.goBack();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious axe violations in the %s theme with the counts open',
    async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/insights?${RANGE}`);
      const summaries = slices().locator('summary');
      await summaries.first().waitFor();
      for (const summary of await summaries.all()) await summary.click();
      await slices().getByRole('link', { name: 'INC-4' }).first().waitFor();
      expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
      const results = await new AxeBuilder({ page })
        .include('section[aria-labelledby="slices-title"]')
        .analyze();
      const serious = results.violations.filter(
        (violation) => violation.impact === 'serious' || violation.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
    },
  );

  it('switches to time to detect per service and keeps the view in the address', async () => {
    await slices().locator('tbody tr').first().waitFor();
    await slices().getByRole('radio', { name: 'Service' }).check();
    await slices().getByRole('radio', { name: 'MTTD' }).check();
    await page.waitForURL(/slice=service&metric=mttd/);
    // checkout: 5 min and 20 min → median 12 min 30 s; search: 2 min, INC-4 never detected.
    await expect.poll(rowsShown).toEqual([
      ['checkout', '12 min 30 s', '18 min 30 s', '2', '0'],
      ['search', '2 min', '2 min', '1', '1'],
      ['All incidents', '5 min', '17 min', '3', '1'],
    ]);
    expect(await slices().textContent()).toContain('detected − impact started');
    const csv = slices().getByRole('link', { name: /Download CSV/ });
    expect(await csv.getAttribute('href')).toMatch(
      /^\/api\/v1\/insights\/response\?from=.*&format=csv&table=response$/,
    );
  });

  it('reproduces the view from a link, and keeps it when the range changes', async () => {
    await page.goto(`${server.url}/insights?${RANGE}&slice=team&metric=mtta`);
    await slices().locator('tbody tr').first().waitFor();
    expect(await slices().getByRole('radio', { name: 'Team' }).isChecked()).toBe(true);
    expect(await slices().getByRole('radio', { name: 'MTTA' }).isChecked()).toBe(true);
    // payments: 5 min and 10 min → median 7 min 30 s; discovery: 1 min.
    expect((await rowsShown()).map((row) => row.slice(0, 2))).toEqual([
      ['payments', '7 min 30 s'],
      ['discovery', '1 min'],
      ['All incidents', '5 min'],
    ]);
    await page.getByRole('combobox', { name: /^Per\b/ }).selectOption('week');
    await page.waitForURL(/period=week/);
    expect(page.url()).toContain('slice=team&metric=mtta');
  });
});
