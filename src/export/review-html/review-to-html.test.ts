import { describe, expect, it } from 'vitest';
import type { Instant } from '../../domain/instant.js';
import type { ReviewDocument } from '../review-document.js';
import { buildReviewDocument } from '../test-builders.js';
import { reviewToHtml } from './review-to-html.js';

const EVIL = '<script>alert(1)</script>"\'&';

/** The example document with the hostile text in every text field a person can write. */
function hostileDocument(): ReviewDocument {
  const doc = buildReviewDocument();
  const item = doc.review.actionItems[1]!;
  return {
    incident: {
      ...doc.incident,
      key: doc.incident.key,
      title: EVIL,
      services: [EVIL],
      tags: [EVIL],
      roles: [{ role: EVIL, person: EVIL }],
      participants: [{ name: EVIL, team: EVIL }],
      customerImpact: EVIL,
    },
    review: {
      ...doc.review,
      authors: [EVIL],
      summary: EVIL,
      impact: { ...doc.review.impact, notes: EVIL, currency: EVIL },
      lessons: { wentWell: [EVIL], wentWrong: [EVIL], gotLucky: [EVIL] },
      whyTrees: [
        {
          id: 'wt-1',
          question: EVIL,
          answers: [{ id: 'w1', text: EVIL, rootCause: true, category: EVIL, children: [] }],
        },
      ],
      factors: [
        { ...doc.review.factors[0]!, category: EVIL, description: EVIL, acceptedRisk: EVIL },
      ],
      actionItems: [
        {
          ...item,
          id: 'ai-1',
          title: EVIL,
          owner: EVIL,
          successCriteria: EVIL,
          validationMethod: EVIL,
          wontDoReason: EVIL,
          verification: {
            what: EVIL,
            by: EVIL,
            link: 'javascript:alert(1)',
            at: item.verification!.at,
          },
          trackerUrl: `https://x.test/${EVIL}`,
        },
      ],
      meeting: {
        at: '2026-03-13T10:00:00.000Z' as Instant,
        attendees: [{ name: EVIL, team: EVIL }],
      },
    },
    timeline: [{ ...doc.timeline[0]!, actor: EVIL, text: EVIL }],
  };
}

describe('reviewToHtml', () => {
  it('escapes every text so no markup or script from a field reaches the page', () => {
    const html = reviewToHtml(hostileDocument());
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/ on[a-z]+=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    // Title, why-tree question, action title, summary, lesson, timeline text, attendee, …
    expect(html.split('&lt;script&gt;').length - 1).toBeGreaterThanOrEqual(25);
  });

  it('is one standalone page: inline style, no scripts and nothing fetched from elsewhere', () => {
    const html = reviewToHtml(buildReviewDocument());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(html).not.toMatch(/(src|href)="(?!https:\/\/(ci|tracker)\.example\.test)/);
    expect(html).toContain('@media print');
  });

  it('shows times in the incident zone, root causes, and the estimated cost with its formula', () => {
    const html = reviewToHtml(buildReviewDocument());
    expect(html).toContain('<td class="time">2026-03-12 10:15 +01:00</td>');
    expect(html).toContain('<span class="root">Root cause (process):</span>');
    expect(html).toContain('<strong>6220.00 USD</strong>');
    expect(html).toContain('lost revenue = 12,000.00 USD/h × 90 min ÷ 60 × 0.25 = 4,500.00 USD');
  });
});
