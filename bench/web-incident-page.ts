/**
 * @module Benchmark: how long the incident page of an incident with 2,000 timeline events takes to
 * become interactive in Chromium over loopback, from the browser's own performance timing.
 * `npx tsx bench/web-incident-page.ts` (BENCH_WEB_EVENTS, BENCH_WEB_RUNS to change the workload).
 */
import { ensureWebBuild } from '../test/e2e/support/build-web.js';
import { chromiumPath, launchChromium } from '../test/e2e/support/chromium.js';
import { startWebServer } from '../test/e2e/support/web-server.js';
import { positiveIntFromEnv } from './bench-options.js';
import { appendResult, formatNumber, printTable } from './bench-report.js';

const eventCount = positiveIntFromEnv('BENCH_WEB_EVENTS', 2000);
const runs = positiveIntFromEnv('BENCH_WEB_RUNS', 7);
const KINDS = [
  'alert',
  'metric',
  'impact',
  'action',
  'decision',
  'communication',
  'deploy',
  'note',
];

interface PageTiming {
  /** The incident rendered with its timeline (the app's `hindsight:incident-ready` mark). */
  readyMs: number;
  domContentLoadedMs: number;
  /** The GET of the incident with its events, from request start to last byte. */
  incidentFetchMs: number;
  /** The slowest 5% of frames while the list scrolls 400 px a frame through the timeline. */
  scrollFrameMsP95: number;
  /** Rows in the DOM while scrolling: the window, not the whole timeline. */
  rowsInDom: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

if (chromiumPath === null) {
  process.stderr.write('no Chromium found: apt-get install chromium, or set CHROMIUM_PATH\n');
  process.exit(2);
}
await ensureWebBuild();
const server = await startWebServer({ demo: false });
const browser = await launchChromium();
try {
  const incident = await server.api<{ key: string }>('POST', '/incidents', {
    title: 'Bench: a long incident',
    severity: 'SEV2',
  });
  const start = Date.UTC(2026, 2, 12, 8, 0, 0);
  const indexes = Array.from({ length: eventCount }, (_, i) => i);
  for (let batch = 0; batch < eventCount; batch += 16) {
    await Promise.all(
      indexes.slice(batch, batch + 16).map((i) =>
        server.api('POST', `/incidents/${incident.key}/events`, {
          at: new Date(start + i * 20_000).toISOString(),
          kind: KINDS[i % KINDS.length],
          text: `event ${i}: queue depth on shard ${i % 12} is ${1000 + i}`,
          highlight: i % 50 === 0,
        }),
      ),
    );
  }

  const measure = async (cold: boolean): Promise<PageTiming> => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    if (!cold) await page.goto(`${server.url}/`);
    await page.goto(`${server.url}/incidents/${incident.key}`);
    await page.waitForFunction(
      "performance.getEntriesByName('hindsight:incident-ready').length > 0",
      undefined,
      { timeout: 30_000 },
    );
    const timing = await page.evaluate<{ ready: number; dcl: number; fetch: number }>(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fetch = performance.getEntriesByType('resource')
        .find((entry) => entry.name.endsWith('/api/v1/incidents/${incident.key}'));
      return {
        ready: performance.getEntriesByName('hindsight:incident-ready')[0].startTime,
        dcl: nav ? nav.domContentLoadedEventEnd : NaN,
        fetch: fetch ? fetch.responseEnd - fetch.requestStart : NaN,
      };
    })()`);
    const scroll = await page.evaluate<{ p95: number; rows: number }>(`(async () => {
      const list = document.querySelector('.virtual-list');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      const deltas = [];
      let last = performance.now();
      for (let i = 0; i < 90; i++) {
        list.scrollTop += 400;
        await frame();
        const now = performance.now();
        deltas.push(now - last);
        last = now;
      }
      deltas.sort((a, b) => a - b);
      return { p95: deltas[Math.floor(deltas.length * 0.95)], rows: list.querySelectorAll('li').length };
    })()`);
    await context.close();
    return {
      readyMs: timing.ready,
      domContentLoadedMs: timing.dcl,
      incidentFetchMs: timing.fetch,
      scrollFrameMsP95: scroll.p95,
      rowsInDom: scroll.rows,
    };
  };

  await measure(true);
  const cold: PageTiming[] = [];
  const warm: PageTiming[] = [];
  for (let i = 0; i < runs; i++) {
    cold.push(await measure(true));
    warm.push(await measure(false));
  }
  const figures = {
    events: eventCount,
    runs,
    coldReadyMsP50: median(cold.map((t) => t.readyMs)),
    warmReadyMsP50: median(warm.map((t) => t.readyMs)),
    coldDomContentLoadedMsP50: median(cold.map((t) => t.domContentLoadedMs)),
    incidentFetchMsP50: median(cold.map((t) => t.incidentFetchMs)),
    scrollFrameMsP95: median(cold.map((t) => t.scrollFrameMsP95)),
    rowsInDom: Math.max(...cold.map((t) => t.rowsInDom)),
  };
  printTable(
    `incident page with ${eventCount} events, Chromium over loopback (median of ${runs})`,
    [
      ['interactive, cold cache (ms)', formatNumber(figures.coldReadyMsP50)],
      ['interactive, assets cached (ms)', formatNumber(figures.warmReadyMsP50)],
      ['DOMContentLoaded, cold (ms)', formatNumber(figures.coldDomContentLoadedMsP50)],
      ['GET incident + events (ms)', formatNumber(figures.incidentFetchMsP50)],
      ['scrolling: p95 frame interval (ms)', formatNumber(figures.scrollFrameMsP95, 1)],
      ['scrolling: rows in the DOM (max)', formatNumber(figures.rowsInDom)],
    ],
  );
  appendResult('web-incident-page', figures);
} finally {
  await browser.close();
  await server.close();
}
