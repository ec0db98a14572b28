import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postmortemFromDocument } from './postmortem-from-document.js';

const MARKDOWN = `# Cart outage

Date: 2026-03-03

## TL;DR
Checkout failed for 45 minutes.

## Timeline (all times UTC)
- 23:40 — Deploy of cart v2.3 started
- 23:50 — Errors started on checkout
- 00:02 — Alert fired, on-call paged
- 00:20 — Rolled back to v2.2
- 00:35 — Back to normal; incident resolved

## What went well
- Rollback was one command.

## What went wrong
- The canary covered no checkout traffic.

## Action items
- Add a checkout canary (@dana, due 2026-04-01)
`;

describe('postmortemFromDocument', () => {
  it('imports a Markdown postmortem into title, date, timeline, milestones, sections and action items', () => {
    const result = postmortemFromDocument(MARKDOWN, { format: 'md' });
    expect(result.title).toBe('Cart outage');
    expect(result.date).toBe('2026-03-03');
    expect(result.timeline.map((e) => e.at)).toEqual([
      '2026-03-03T23:40:00.000Z',
      '2026-03-03T23:50:00.000Z',
      '2026-03-04T00:02:00.000Z',
      '2026-03-04T00:20:00.000Z',
      '2026-03-04T00:35:00.000Z',
    ]);
    expect(result.timeline[0]).toEqual({
      at: '2026-03-03T23:40:00.000Z',
      text: 'Deploy of cart v2.3 started',
      ambiguous: false,
      zone: 'UTC',
      line: 9,
    });
    expect(result.milestones).toEqual({
      impactStarted: '2026-03-03T23:50:00.000Z',
      detected: '2026-03-04T00:02:00.000Z',
      mitigated: '2026-03-04T00:20:00.000Z',
      resolved: '2026-03-04T00:35:00.000Z',
    });
    expect(result.sections.summary).toBe('Checkout failed for 45 minutes.');
    expect(result.sections.lessons).toBe(
      'What went well\n- Rollback was one command.\n\nWhat went wrong\n- The canary covered no checkout traffic.',
    );
    expect(result.actionItems).toEqual([
      { text: 'Add a checkout canary', owner: 'dana', due: '2026-04-01' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('imports the same postmortem written as HTML', () => {
    const html = `<html><head><title>Wiki : Cart outage</title></head><body>
<p>Date: 2026-03-03</p><h2>Timeline</h2><p>All times in UTC.</p>
<table><tr><th>Time</th><th>Event</th></tr><tr><td>23:50</td><td>Errors started</td></tr></table>
<h2>Follow-ups</h2><ul><li>Add a canary &mdash; Owner: Dana</li></ul></body></html>`;
    const result = postmortemFromDocument(html, { format: 'html' });
    expect(result.title).toBe('Cart outage');
    expect(result.timeline).toEqual([
      {
        at: '2026-03-03T23:50:00.000Z',
        text: 'Errors started',
        ambiguous: false,
        zone: 'UTC',
        line: 3,
      },
    ]);
    expect(result.actionItems).toEqual([{ text: 'Add a canary', owner: 'Dana' }]);
  });

  it('flags zone-less times as ambiguous and warns, unless the caller names a default zone', () => {
    const text = '# Outage\n\nDate: 2026-07-08\n\n## Timeline\n- 10:15 — errors started\n';
    const bare = postmortemFromDocument(text, { format: 'md' });
    expect(bare.timeline[0]).toMatchObject({ at: null, ambiguous: true, reason: 'no time zone' });
    expect(bare.warnings).toContain('1 of 1 timeline entries are ambiguous (no time zone)');
    const withDefault = postmortemFromDocument(text, {
      format: 'md',
      defaultZone: 'America/Chicago',
    });
    expect(withDefault.timeline[0]).toMatchObject({
      at: '2026-07-08T15:15:00.000Z',
      ambiguous: false,
    });
  });

  it('takes the opening line as the title of a document without headings', () => {
    const result = postmortemFromDocument(
      'Incident 118: Video backlog\nDate: 2026-10-05\n\n**Timeline**\n\n**14:00 UTC** – uploads started queueing',
      {
        format: 'md',
      },
    );
    expect(result.title).toBe('Incident 118: Video backlog');
    expect(result.timeline[0]).toMatchObject({
      at: '2026-10-05T14:00:00.000Z',
      text: 'uploads started queueing',
    });
  });

  it('reads prose sentences when the document has no timeline section, and says so', () => {
    const text =
      '# Status page stuck\n\nOn September 14, 2026 it broke.\n\n## Response\n\nAround 3:40pm ET, latency started climbing. Just after 4 p.m. ET, a customer wrote in.';
    const result = postmortemFromDocument(text, { format: 'md' });
    expect(result.timeline.map((e) => e.at)).toEqual([
      '2026-09-14T19:40:00.000Z',
      '2026-09-14T20:00:00.000Z',
    ]);
    expect(result.warnings).toContain(
      'no timeline section found; entries were taken from lines and sentences that give a time',
    );
  });

  it('warns about an unknown default zone and ignores it', () => {
    const result = postmortemFromDocument('# X', { format: 'md', defaultZone: 'Nowhere/Land' });
    expect(result.warnings).toContain(
      'defaultZone: "Nowhere/Land" is not a known IANA time zone; ignored',
    );
  });

  it('produces output that survives a JSON round trip unchanged', () => {
    const result = postmortemFromDocument(MARKDOWN, { format: 'md' });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

const HTML_PIECES = [
  '<p>',
  '</p>',
  '<li>',
  '</li>',
  '<ul>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</tr>',
  '<th>',
  '<br>',
  '<pre>',
  '</pre>',
  '<h1>',
  '<h2>',
  '</h2>',
  '<title>',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<p class="title">',
  'Timeline',
  'Action items',
  '14:03 UTC',
  '2:15 PM PST',
  'T+5m',
  'T0 = 09:00 UTC',
  '&amp;',
  '&#99999999;',
  '&#xD800;',
  '2026-03-03',
  '03/04/2026',
  '31/01/2017 23:00',
  'Oct 21 22:52',
  '—',
  'IST',
  'all times Pacific',
  '@alice',
  'due April 1',
  '\n',
  ' ',
  '"',
  "'",
  '<',
  '>',
];
const MD_PIECES = [
  '# ',
  '## ',
  '- ',
  '* ',
  '1. ',
  '| ',
  ' | ',
  '|---|---|',
  '```',
  '---',
  '> ',
  '**',
  '\n',
  '\n\n',
  'Timeline',
  'Follow-ups',
  '23:50 — errors started',
  '00:10',
  'T+15m',
  'T-0',
  'October 21, 2018 22:52 UTC',
  'Tuesday, March 3',
  'times are in PST',
  '(owner: Bo)',
  'by May 1',
  '9am',
  '12:00 AM',
  '99:99',
  'T+99999999999d',
  '31/02/2026',
];
const htmlish = fc
  .array(fc.oneof(fc.constantFrom(...HTML_PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...MD_PIECES), fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(''));
const options = fc.record(
  {
    defaultZone: fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata', 'bogus'),
    referenceYear: fc.integer({ min: -5, max: 12000 }),
  },
  { requiredKeys: [] },
);

describe('postmortemFromDocument on arbitrary input', () => {
  it('never throws and returns JSON-friendly output for random strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('md' as const, 'html' as const),
        options,
        (text, format, rest) => {
          const result = postmortemFromDocument(text, { format, ...rest });
          expect(result.warnings.some((w) => w.startsWith('could not read'))).toBe(false);
          expect(() => JSON.stringify(result)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on HTML-ish strings', () => {
    fc.assert(
      fc.property(htmlish, options, (text, rest) => {
        const result = postmortemFromDocument(text, { format: 'html', ...rest });
        expect(result.warnings.some((w) => w.startsWith('could not read'))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on Markdown-ish strings', () => {
    fc.assert(
      fc.property(markdownish, options, (text, rest) => {
        const result = postmortemFromDocument(text, { format: 'md', ...rest });
        expect(result.warnings.some((w) => w.startsWith('could not read'))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
