import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './support/chromium.js';
import { focusedId } from './support/focus.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe.skipIf(chromiumPath === null)('declaring an incident and rebuilding its timeline', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startWebServer({ demo: false });
    browser = await launchChromium();
    const context = await browser.newContext({
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(5_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('teaches what to do on an empty workspace', async () => {
    await page.goto(server.url);
    // The empty state appears once the (empty) list has loaded; before that the page says "Loading".
    await page.getByRole('heading', { name: 'No incidents yet' }).waitFor();
    expect(await page.getByRole('button', { name: 'Declare the first incident' }).count()).toBe(1);
  });

  it("shows the server's message when the title is empty", async () => {
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('button', { name: 'Declare incident' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('title: must not be empty');
  });

  it('declares an incident and opens its page', async () => {
    const form = page.getByRole('form', { name: 'Declare an incident' });
    await form.getByLabel('Title').fill('Card payments fail at checkout');
    await form.getByLabel('Severity').selectOption('SEV1');
    await form.getByLabel('Services (comma-separated)').fill('checkout, payment-gateway');
    await form.getByRole('button', { name: 'Declare incident' }).click();
    await page.waitForURL(/\/incidents\/INC-1$/);
    await page.getByRole('heading', { name: /Card payments fail at checkout/ }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('checkout, payment-gateway');
  });

  it('adds timeline events from the keyboard, one line each', async () => {
    const line = page.getByLabel('Add to the timeline');
    for (const text of [
      '09:15 alert 5xx above 2% on checkout',
      '09:22 action rolled back the payment-gateway deploy',
      '09:41 communication status page updated',
    ]) {
      await line.fill(text);
      await line.press('Enter');
      await page
        .getByText(text.slice(text.indexOf(' ', 6) + 1))
        .first()
        .waitFor();
    }
    const rows = page.getByRole('listitem').filter({ has: page.locator('.event-row') });
    await expect(rows.count()).resolves.toBe(3);
    expect(await rows.first().locator('.event-clock').textContent()).toBe('09:15:00');
    expect(await rows.first().locator('.event-date').textContent()).toContain('UTC');
    expect(await line.inputValue()).toBe('');
    expect(await focusedId(page)).toBe('quick-entry-input');
  });

  it('explains a line it cannot read instead of sending it', async () => {
    const line = page.getByLabel('Add to the timeline');
    await line.fill('rolled back at some point');
    await line.press('Enter');
    expect(await page.getByRole('alert').textContent()).toBe(
      'Start with a time such as 09:15, then the kind and what happened.',
    );
    await line.fill('');
  });

  it('shows times in the zone picked in the switcher, with the zone', async () => {
    await page.getByLabel('Times in').selectOption('Europe/Paris');
    const first = page.locator('.event-row').first();
    await expect(first.locator('.event-clock').textContent()).resolves.toMatch(/^1[01]:15:00$/);
    expect(await first.locator('.event-date').textContent()).toContain('Europe/Paris');
    await page.getByLabel('Times in').selectOption('UTC');
  });

  it('highlights an event', async () => {
    await page.getByRole('button', { name: 'Highlight: 5xx above 2% on checkout' }).click();
    await page.locator('.event-row.highlighted').waitFor();
    await page.getByLabel('Highlights only').check();
    await expect(page.locator('.event-row').count()).resolves.toBe(1);
    await page.getByLabel('Highlights only').uncheck();
  });

  it('sets milestones and shows the durations with their definitions', async () => {
    for (const [name, time] of [
      ['impact started', '09:10'],
      ['detected', '09:15'],
    ] as const) {
      await page.getByRole('button', { name: `Set ${name}` }).click();
      await page.getByLabel('Time (UTC)').fill(time);
      await page.getByRole('button', { name: `Save ${name}` }).click();
      await page.getByRole('button', { name: `Clear ${name}` }).waitFor();
    }
    const detect = page.locator('.duration').filter({ hasText: 'Time to detect' });
    await expect.poll(() => detect.locator('.duration-value').textContent()).toBe('5 min');
    expect(await detect.locator('.duration-definition').textContent()).toBe(
      'detected − impact started',
    );
  });

  it('edits an event in the same one-line form', async () => {
    await page
      .getByRole('button', { name: 'Edit: rolled back the payment-gateway deploy' })
      .click();
    const editor = page.getByLabel('Event (date, time, kind, text)');
    const value = await editor.inputValue();
    expect(value).toMatch(
      /^\d{4}-\d{2}-\d{2} 09:22:00 action rolled back the payment-gateway deploy$/,
    );
    await editor.fill(value.replace('09:22:00', '09:25:00'));
    await page.getByLabel('Evidence link').fill('https://deploys.example.com/payment-gateway/812');
    await editor.press('Enter');
    await page.getByRole('link', { name: 'deploys.example.com' }).waitFor();
    const row = page.locator('.event-row').filter({ hasText: 'rolled back' });
    expect(await row.locator('.event-clock').textContent()).toBe('09:25:00');
  });

  it('draws the timeline on a time axis with lanes, milestones and gaps', async () => {
    await page.getByLabel('Time axis').check();
    const axis = page.getByRole('img', {
      name: /^Time axis of \d+ events in \d+ lanes, 2 milestones/,
    });
    await axis.waitFor();
    const [, events] = /of (\d+) events/.exec((await axis.getAttribute('aria-label')) ?? '') ?? [];
    await expect(page.locator('.axis-event').count()).resolves.toBe(Number(events));
    const lanes = await page.locator('.axis-lane > text').allTextContents();
    expect(lanes).toEqual(expect.arrayContaining(['alert', 'action', 'communication']));
    await expect(page.locator('.axis-milestone').count()).resolves.toBe(2);
    await page.getByLabel('List').check();
  });

  it('deletes an event after a confirmation', async () => {
    const before = await page.locator('.event-row').count();
    await page.getByRole('button', { name: 'Delete: status page updated' }).click();
    await page.getByRole('button', { name: 'Confirm delete: status page updated' }).click();
    await expect.poll(() => page.locator('.event-row').count()).toBe(before - 1);
    await expect(page.getByText('status page updated').count()).resolves.toBe(0);
  });

  it('starts the review and shows what stands before approval', async () => {
    const panel = page.getByRole('region', { name: 'Review' });
    await panel.getByText('No review yet.', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Start the review' }).click();
    await panel.locator('.badge.review-draft').waitFor();
    expect(await panel.locator('.badge').textContent()).toBe('Draft');
    await expect(panel.locator('.finding-error').count()).resolves.toBeGreaterThan(0);
  });

  it('lists the new incident with its badges, and filters it out by severity', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Incidents' })
      .click();
    const row = page.getByRole('row').filter({ hasText: 'INC-1' });
    await row.waitFor();
    expect(await row.textContent()).toContain('SEV1');
    await page.getByRole('search').getByLabel('Severity').selectOption('SEV3');
    await page.getByRole('heading', { name: 'No incidents match these filters' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await row.waitFor();
  });
});
