import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './support/chromium.js';
import { focusedAttribute, focusedId } from './support/focus.js';
import { startWebServer, type WebServer } from './support/web-server.js';

/** Serious and critical axe violations as `rule: first offending element`, so a failure says where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`);
}

describe.skipIf(chromiumPath === null)('accessibility of every main screen (axe)', () => {
  let server: WebServer;
  let browser: Browser;

  let reviewed = '';

  beforeAll(async () => {
    server = await startWebServer({ demo: true });
    browser = await launchChromium();
    // One review in every state a screen shows: published, with an action item owned by the actor.
    const { incidents } = await server.api<{ incidents: { key: string }[] }>('GET', '/incidents');
    reviewed = incidents[0]!.key;
    await server.api('POST', `/incidents/${reviewed}/review`, { reviewers: ['Priya'] });
    await server.api('POST', `/incidents/${reviewed}/review/action-items`, {
      title: 'Alert 14 days before any internal certificate expires',
      owner: 'owner',
      horizon: 'immediate',
    });
    await server.api('POST', `/incidents/${reviewed}/review/submit`, {});
    await server.api('POST', `/incidents/${reviewed}/review/publish`, {
      override: { reason: 'Accessibility fixture' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    let page: Page;

    beforeAll(async () => {
      const context = await browser.newContext({
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      page = await context.newPage();
      page.setDefaultTimeout(5_000);
    });

    it('has no serious violations on the incident list', async () => {
      await page.goto(server.url);
      await page.getByRole('table').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on the declare form with a server error shown', async () => {
      await page.getByRole('button', { name: 'Declare incident' }).click();
      await page
        .getByRole('form', { name: 'Declare an incident' })
        .getByRole('button', { name: 'Declare incident' })
        .click();
      await page.getByRole('alert').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on an incident page, list and time axis', async () => {
      await page.goto(server.url);
      await page.locator('.incident-link').first().click();
      await page.locator('.event-row').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByLabel('Time axis').check();
      await page.locator('.time-axis svg').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on the review editor, with a lint note showing', async () => {
      await page.goto(`${server.url}/incidents/${reviewed}/review`);
      await page.getByRole('region', { name: 'Findings' }).waitFor();
      await page.getByRole('textbox', { name: 'Summary' }).fill('Obviously this was careless.');
      await page.locator('.lint-note').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page
        .getByRole('combobox', { name: /^Status of/ })
        .first()
        .selectOption('verified');
      await page.getByRole('form', { name: 'Verification evidence' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on My action items', async () => {
      await page.goto(`${server.url}/action-items`);
      await page.locator('.my-item').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on the library and a published review', async () => {
      await page.goto(`${server.url}/library`);
      await page.locator('.library-item').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.library-link').first().click();
      await page.locator('.review-doc').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on the insights screen, charts and callouts included', async () => {
      await page.goto(`${server.url}/insights`);
      await page.locator('.insight-grid .bar-chart svg').first().waitFor();
      await page.getByRole('region', { name: 'Patterns' }).locator('.empty-state, table').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('has no serious violations on a milestone being edited', async () => {
      await page.goto(server.url);
      await page.locator('.incident-link').first().click();
      await page.locator('.event-row').first().waitFor();
      await page.getByLabel('List').check();
      await page.locator('.milestone-actions button').first().click();
      await page.locator('.milestone-editor').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });

  it('reaches the entry line and the first event from the keyboard alone', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(5_000);
    await page.goto(server.url);
    await page.locator('.incident-link').first().waitFor();
    const key = await page.locator('.incident-key').first().textContent();
    await page.goto(`${server.url}/incidents/${key}`);
    await page.locator('.event-row').first().waitFor();
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('quick-entry-input'); i++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedId(page));
    }
    expect(reached[0]).toBe('A');
    expect(reached).toContain('quick-entry-input');
    const labels: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      labels.push(await focusedAttribute(page, 'aria-label'));
    }
    const actions = labels.map((label) => /^(Edit|Delete|Highlight): /.exec(label)?.[1]);
    expect(actions).toEqual(expect.arrayContaining(['Edit', 'Delete', 'Highlight']));
    await page.close();
  });
});
