import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './support/chromium.js';
import { startWebServer, type WebServer } from './support/web-server.js';

describe.skipIf(chromiumPath === null)('a stale edit from a second tab', () => {
  let server: WebServer;
  let browser: Browser;
  let first: Page;
  let second: Page;

  async function renameTo(page: Page, title: string): Promise<void> {
    await page.getByRole('button', { name: 'Edit title' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('button', { name: 'Save title' }).click();
  }

  beforeAll(async () => {
    server = await startWebServer({ demo: false });
    await server.api('POST', '/incidents', { title: 'Search results are stale', severity: 'SEV3' });
    browser = await launchChromium();
    const context = await browser.newContext();
    first = await context.newPage();
    second = await context.newPage();
    for (const page of [first, second]) {
      page.setDefaultTimeout(5_000);
      await page.goto(`${server.url}/incidents/INC-1`);
      await page.getByRole('heading', { name: /Search results are stale/ }).waitFor();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the server's conflict message instead of overwriting the other tab's change", async () => {
    await renameTo(first, 'Search index lags by an hour');
    await first.getByRole('heading', { name: /Search index lags by an hour/ }).waitFor();
    await renameTo(second, 'Search shows old prices');
    const banner = second
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this incident' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      'version: INC-1 is at version 2, not 1; reload it and apply your change again',
    );
    const stored = await server.api<{ title: string }>('GET', '/incidents/INC-1');
    expect(stored.title).toBe('Search index lags by an hour');
  });

  it("reloads the other tab's version when asked", async () => {
    await second.getByRole('button', { name: 'Reload latest' }).click();
    await second.getByRole('heading', { name: /Search index lags by an hour/ }).waitFor();
    await expect(second.getByText('Someone else changed this incident').count()).resolves.toBe(0);
  });

  it('re-applies my change on top of theirs, keeping what they changed', async () => {
    await first.getByRole('combobox', { name: 'Severity' }).selectOption('SEV2');
    await first.locator('.incident-header .badge.sev-sev2').waitFor();
    await renameTo(second, 'Search shows old prices');
    await second.getByRole('button', { name: 'Re-apply my change' }).click();
    await second.getByRole('heading', { name: /Search shows old prices/ }).waitFor();
    const stored = await server.api<{ title: string; severity: string }>('GET', '/incidents/INC-1');
    expect({ title: stored.title, severity: stored.severity }).toEqual({
      title: 'Search shows old prices',
      severity: 'SEV2',
    });
  });

  it('reports a stale edit of a timeline event the same way', async () => {
    const event = await server.api<{ id: string }>('POST', '/incidents/INC-1/events', {
      at: '2026-03-12T10:00:00Z',
      kind: 'alert',
      text: 'indexer queue above 10k',
    });
    await first.reload();
    await second.reload();
    await first.getByRole('button', { name: 'Highlight: indexer queue above 10k' }).click();
    await first.locator('.event-row.highlighted').waitFor();
    await second.getByRole('button', { name: 'Edit: indexer queue above 10k' }).click();
    const editor = second.getByLabel('Event (date, time, kind, text)');
    await editor.fill((await editor.inputValue()).replace('above 10k', 'above 12k'));
    await editor.press('Enter');
    const banner = second.getByRole('alert').filter({ hasText: 'Someone else changed' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/version/);
    const stored = await server.api<{ events: { id: string; text: string }[] }>(
      'GET',
      '/incidents/INC-1',
    );
    expect(stored.events.find((e) => e.id === event.id)?.text).toBe('indexer queue above 10k');
  });

  it('reports a stale edit of the review and re-applies it on request', async () => {
    await server.api('POST', '/incidents/INC-1/review');
    for (const page of [first, second]) {
      await page.goto(`${server.url}/incidents/INC-1/review`);
      await page.getByRole('textbox', { name: 'Summary' }).waitFor();
    }
    const stored = async () =>
      (await server.api<{ review: { summary: string } }>('GET', '/incidents/INC-1/review')).review
        .summary;
    const mine = first.getByRole('textbox', { name: 'Summary' });
    await mine.fill('The search indexer fell an hour behind after a mapping change.');
    await mine.press('Tab');
    await expect
      .poll(stored)
      .toBe('The search indexer fell an hour behind after a mapping change.');
    const theirs = second.getByRole('textbox', { name: 'Summary' });
    await theirs.fill('Search showed old prices for an hour.');
    await theirs.press('Tab');
    const banner = second
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this review' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/version/);
    expect(await stored()).toBe('The search indexer fell an hour behind after a mapping change.');
    await banner.getByRole('button', { name: 'Re-apply my change' }).click();
    await expect.poll(stored).toBe('Search showed old prices for an hour.');
    await expect.poll(() => banner.count()).toBe(0);
  });
});
