import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewToHtml } from '../review-html/review-to-html.js';
import { buildReviewDocument } from '../test-builders.js';
import { ChromiumMissingError, DEFAULT_CHROMIUM, htmlToPdf } from './html-to-pdf.js';

const chromiumHere = existsSync(DEFAULT_CHROMIUM);
if (!chromiumHere && process.env.CI) {
  throw new Error(
    `CI must have Chromium at ${DEFAULT_CHROMIUM} for the PDF tests (apt-get install -y chromium)`,
  );
}
if (!chromiumHere) {
  console.warn(
    `Skipping PDF rendering tests: no Chromium at ${DEFAULT_CHROMIUM} (apt-get install -y chromium)`,
  );
}

describe('htmlToPdf', () => {
  it.runIf(chromiumHere)('renders a review as a multi-page A4 PDF', async () => {
    const doc = buildReviewDocument();
    // Enough action items to need a second page, so page breaking is exercised too.
    const items = Array.from({ length: 12 }, (_, i) => ({
      ...doc.review.actionItems[0]!,
      id: `ai-${i}`,
    }));
    const pdf = await htmlToPdf(
      reviewToHtml({ ...doc, review: { ...doc.review, actionItems: items } }),
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[56](\.\d+)? 84[12](\.\d+)?\]/);
  });

  it('explains how to install Chromium when the browser is missing', async () => {
    await expect(
      htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(new ChromiumMissingError('/nonexistent/chromium'));
    await expect(
      htmlToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }),
    ).rejects.toThrow(
      'Chromium was not found at /nonexistent/chromium; PDF export needs it. Install it with "apt-get install -y chromium", or set HINDSIGHT_CHROMIUM to the path of a Chromium binary.',
    );
  });
});
