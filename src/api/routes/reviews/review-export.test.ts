import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { declareResolvedIncident, startReviewOf } from './review-test-setup.js';

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  key = await declareResolvedIncident(t);
  const started = await startReviewOf(t, key);
  const saved = await t.request('PATCH', `/api/v1/incidents/${key}/review`, {
    summary: 'A worker configuration change stopped card authorisations for 45 minutes.',
    version: started.version ?? started.review.version,
  });
  expect(saved.status).toBe(200);
});
afterAll(() => t.dispose());

describe('GET /api/v1/incidents/{key}/review/export', () => {
  it('names the allowed formats when the format is unknown', async () => {
    const response = await t.request('GET', `/api/v1/incidents/${key}/review/export?format=docx`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe(
      'format: must be one of md, html, pdf, json',
    );
  });

  it('answers 404 for an incident without a review', async () => {
    const other = await declareResolvedIncident(t);
    const response = await t.request('GET', `/api/v1/incidents/${other}/review/export?format=md`);
    expect([response.status, (await response.json()).error.code]).toEqual([
      404,
      'REVIEW_NOT_FOUND',
    ]);
  });

  it('sends the reviews-as-code Markdown as a download', async () => {
    const response = await t.request('GET', `/api/v1/incidents/${key}/review/export?format=md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${key}-review.md"`,
    );
    const text = await response.text();
    expect(text.startsWith('---\nformat: hindsight-review/1\n')).toBe(true);
    expect(text).toContain(
      '## Summary\n\nA worker configuration change stopped card authorisations for 45 minutes.',
    );
  });

  it('sends standalone HTML inline when asked to', async () => {
    const response = await t.request(
      'GET',
      `/api/v1/incidents/${key}/review/export?format=html&download=false`,
    );
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename="${key}-review.html"`,
    );
    expect(await response.text()).toMatch(/^<!doctype html>/i);
  });

  it.skipIf(!existsSync('/usr/bin/chromium') && !process.env.CI)(
    'renders a PDF with the local Chromium (skipped locally when Chromium is not installed)',
    async () => {
      const response = await t.request('GET', `/api/v1/incidents/${key}/review/export?format=pdf`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    },
  );
});
