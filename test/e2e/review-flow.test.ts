import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './support/chromium.js';
import { startWebServer, type WebServer } from './support/web-server.js';

interface StoredReview {
  review: { version: number; status: string; summary: string; actionItems: { id: string }[] };
  ready: boolean;
}

describe.skipIf(chromiumPath === null)('from a declared incident to a published review', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  const stored = () => server.api<StoredReview>('GET', '/incidents/INC-1/review');

  beforeAll(async () => {
    server = await startWebServer({ demo: false });
    browser = await launchChromium();
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

  it('declares an incident, rebuilds its timeline and resolves it', async () => {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Declare incident' }).click();
    const form = page.getByRole('form', { name: 'Declare an incident' });
    await form.getByLabel('Title').fill('Checkout rejects cards after a gateway deploy');
    await form.getByLabel('Services (comma-separated)').fill('checkout');
    await form.getByRole('button', { name: 'Declare incident' }).click();
    await page.waitForURL(/\/incidents\/INC-1$/);
    const line = page.getByLabel('Add to the timeline');
    for (const text of [
      '09:15 alert checkout 5xx above 2%',
      '09:22 action rolled back the gateway deploy',
      '09:40 communication status page resolved',
    ]) {
      await line.fill(text);
      await line.press('Enter');
      await page
        .locator('.event-row')
        .filter({ hasText: text.slice(6).split(' ').slice(1).join(' ') })
        .waitFor();
    }
    for (const [name, time] of [
      ['detected', '09:15'],
      ['resolved', '09:40'],
    ] as const) {
      await page.getByRole('button', { name: `Set ${name}` }).click();
      await page.getByLabel('Time (UTC)').fill(time);
      await page.getByRole('button', { name: `Save ${name}` }).click();
      await page.getByRole('button', { name: `Clear ${name}` }).waitFor();
    }
    await page.getByRole('combobox', { name: 'Status' }).selectOption('resolved');
    await page.locator('.incident-header .badge.status-resolved').waitFor();
  });

  it('starts the review and opens the editor with its blocking findings listed', async () => {
    const panel = page.getByRole('region', { name: 'Review' });
    await panel.getByRole('button', { name: 'Start the review' }).click();
    await panel.getByRole('link', { name: 'Edit the review' }).click();
    await page.waitForURL(/\/incidents\/INC-1\/review$/);
    const findings = page.getByRole('region', { name: 'Findings' });
    await findings.getByText('Blocking approval').waitFor();
    expect(await findings.textContent()).toContain('The summary is empty');
  });

  it('jumps from a finding to the field that fixes it', async () => {
    await page.getByRole('button', { name: /The summary is empty/ }).click();
    await expect
      .poll(() => page.evaluate<string>('document.activeElement?.id ?? ""'))
      .toBe('review-summary');
  });

  it('flags blame while the author types, then saves the summary on leaving the field', async () => {
    const summary = page.getByRole('textbox', { name: 'Summary' });
    await summary.fill('The engineer was careless with the deploy.');
    const note = page.locator('.lint-note').filter({ hasText: '"careless"' });
    await note.waitFor();
    expect(await note.locator('mark').textContent()).toBe('careless');
    await summary.fill(
      'A gateway deploy changed the card token format; checkout rejected card payments for 25 minutes until the deploy was rolled back.',
    );
    await summary.press('Tab');
    await expect.poll(async () => (await stored()).review.summary).toMatch(/^A gateway deploy/);
  });

  it('writes a why-tree down to a systemic root cause', async () => {
    await page
      .getByRole('textbox', { name: 'Answer this question' })
      .first()
      .fill('The new gateway build sent tokens checkout could not parse');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Ask why again: The new gateway build/ }).click();
    await page
      .getByRole('textbox', { name: 'Why? (level 2)' })
      .fill('No contract test between gateway and checkout runs before a deploy');
    await page.keyboard.press('Enter');
    const root = 'No contract test between gateway and checkout runs before a deploy';
    await page.getByRole('textbox', { name: 'Why 2: answer' }).waitFor();
    await page
      .getByRole('combobox', { name: /^Category of: No contract test/ })
      .selectOption('process');
    await expect
      .poll(() => page.getByRole('checkbox', { name: /^Root cause: No contract test/ }).isChecked())
      .toBe(true);
    await expect.poll(async () => JSON.stringify((await stored()).review)).toContain(root);
  });

  it('adds an action item with its owner, success criteria and validation', async () => {
    await page
      .getByRole('textbox', { name: 'New action item (the exact change)' })
      .fill('Run the gateway–checkout contract tests in the gateway deploy pipeline');
    await page.locator('#action-new-owner').fill('owner');
    await page.getByRole('button', { name: 'Add action item' }).click();
    const criteria = page.getByRole('textbox', { name: 'Success criteria' });
    await criteria.fill('A token format change fails the gateway pipeline before deploy');
    await criteria.press('Tab');
    const validation = page.getByRole('textbox', { name: 'How it will be validated' });
    await validation.fill('Push a build with the old token format to staging and watch it fail');
    await validation.press('Tab');
    await expect
      .poll(async () => JSON.stringify((await stored()).review))
      .toContain('watch it fail');
  });

  it("shows the server's message when an item is verified without evidence", async () => {
    await page
      .getByRole('combobox', { name: /^Status of “Run the gateway/ })
      .selectOption('verified');
    await page.getByRole('button', { name: 'Mark verified' }).click();
    const alert = page.locator('.status-control').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^verification\.what: /);
    await page
      .getByRole('form', { name: 'Verification evidence' })
      .getByRole('button', { name: 'Cancel' })
      .click();
  });

  it('names a contributing factor with timeline evidence and the action item that addresses it', async () => {
    const add = page.getByRole('form', { name: 'Add a contributing factor' });
    await add.getByLabel('Category').selectOption('process');
    await add
      .getByLabel('New factor')
      .fill('Deploys of the gateway skip the checkout contract tests');
    await add.getByRole('button', { name: 'Add factor' }).click();
    const factor = page.locator('.factor').first();
    // Each tick is saved before it shows, so wait for it rather than expecting it at once.
    for (const name of [/checkout 5xx above 2%/, /^Run the gateway/, /^No contract test/]) {
      const box = factor.getByRole('checkbox', { name });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await expect.poll(async () => (await stored()).ready).toBe(true);
    await page.getByText('Nothing blocks approval.').waitFor();
  });

  it('submits, approves and publishes the review', async () => {
    await page.getByLabel('Authors (comma-separated)').fill('Dana');
    await page.getByLabel('Reviewers (comma-separated)').fill('owner');
    await page.getByRole('button', { name: 'Save people' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByRole('button', { name: 'Submit for review' }).click();
    await status.locator('.badge.review-in_review').waitFor();
    await status.getByRole('button', { name: 'Approve' }).click();
    await status.locator('.badge.review-approved').waitFor();
    await status.getByRole('button', { name: 'Publish to the library' }).click();
    await status.locator('.badge.review-published').waitFor();
    expect((await stored()).review.status).toBe('published');
  });

  it('finds the published review in the library and reads it', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Library' })
      .click();
    await page.getByRole('link', { name: /Checkout rejects cards/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Search the reviews' }).fill('gateway');
    const result = page.getByRole('link', { name: /Checkout rejects cards/ });
    await result.waitFor();
    await page.getByRole('searchbox', { name: 'Search the reviews' }).fill('kubernetes');
    await page.getByRole('heading', { name: 'Nothing matches “kubernetes”' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search the reviews' }).fill('gateway');
    await result.click();
    await page
      .getByRole('heading', { level: 1, name: 'Checkout rejects cards after a gateway deploy' })
      .waitFor();
    const text = await page.locator('.review-doc').textContent();
    expect(text).toContain('No contract test between gateway and checkout runs before a deploy');
    expect(text).toContain('root cause · process');
  });

  it('offers the published review as reviews-as-code Markdown', async () => {
    const link = page.getByRole('link', { name: 'Export the review as Markdown' });
    const href = await link.getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).toString());
    expect(response.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    expect(await response.text()).toContain(
      '# INC-1: Checkout rejects cards after a gateway deploy',
    );
  });

  it('lists the action item under My action items and moves it along', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My action items' })
      .click();
    const card = page.locator('.my-item').filter({ hasText: 'Run the gateway' });
    await card.waitFor();
    await card.getByRole('combobox', { name: /^Status of/ }).selectOption('in_progress');
    await card.locator('.badge.action-in_progress').waitFor();
  });
});
