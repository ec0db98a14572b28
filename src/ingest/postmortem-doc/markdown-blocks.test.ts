import { describe, expect, it } from 'vitest';
import { documentFromMarkdown, inlineText } from './markdown-blocks.js';

describe('documentFromMarkdown', () => {
  it('reads ATX and setext headings with their levels and lines', () => {
    const { blocks } = documentFromMarkdown('# Title\n\nIntro\n\nTimeline\n--------\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Title', line: 1 },
      { kind: 'paragraph', text: 'Intro', line: 3 },
      { kind: 'heading', level: 2, text: 'Timeline', line: 5 },
    ]);
  });

  it('reads list items, dropping checkboxes and joining continuation lines', () => {
    const { blocks } = documentFromMarkdown('- [ ] add alert\n  on p99\n* two\n1. three');
    expect(blocks.map((b) => b.text)).toEqual(['add alert on p99', 'two', 'three']);
  });

  it('reads table rows into cells and skips the separator row', () => {
    const { blocks } = documentFromMarkdown(
      '| Time | Event |\n|---|---|\n| 14:03 | **Alert** fired |',
    );
    expect(blocks).toEqual([
      { kind: 'row', cells: ['Time', 'Event'], text: 'Time | Event', line: 1 },
      { kind: 'row', cells: ['14:03', 'Alert fired'], text: '14:03 | Alert fired', line: 3 },
    ]);
  });

  it('accepts one-dash separator rows such as | - | --- |', () => {
    const { blocks } = documentFromMarkdown('| # | Action |\n| - | ------ |\n| 1 | Add alert |');
    expect(blocks.map((b) => b.text)).toEqual(['# | Action', '1 | Add alert']);
  });

  it('keeps "Label: value" metadata lines as separate paragraphs', () => {
    const { blocks } = documentFromMarkdown(
      'Incident 118: transcoding\nImpact window: 14:00 UTC\n**Severity:** SEV2',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Incident 118: transcoding',
      'Impact window: 14:00 UTC',
      'Severity: SEV2',
    ]);
  });

  it('starts a new block at every line that begins with a time, even without a blank line', () => {
    const { blocks } = documentFromMarkdown(
      '09:12 alert fired\n09:13 ack\nand a wrapped\nsentence',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      '09:12 alert fired',
      '09:13 ack and a wrapped sentence',
    ]);
  });

  it('keeps fenced code lines as pre blocks', () => {
    expect(documentFromMarkdown('```\n09:05 up\n09:06 down\n```').blocks).toEqual([
      { kind: 'pre', text: '09:05 up', line: 2 },
      { kind: 'pre', text: '09:06 down', line: 3 },
    ]);
  });

  it('reads front matter into lowercased keys and uses its title', () => {
    const parsed = documentFromMarkdown('---\nTitle: "Tiles broke"\ndate: 2027-02-19\n---\nBody');
    expect(parsed.frontMatter).toEqual({ title: 'Tiles broke', date: '2027-02-19' });
    expect(parsed.documentTitle).toBe('Tiles broke');
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: 'Body', line: 5 }]);
  });

  it('reads blockquoted lines as ordinary text', () => {
    expect(documentFromMarkdown('> All times in UTC.').blocks[0]?.text).toBe('All times in UTC.');
  });
});

describe('inlineText', () => {
  it.each([
    ['**09:15** — paged', '09:15 — paged'],
    ['see [the runbook](https://x.test/rb) now', 'see the runbook now'],
    ['`kubectl` *rolled* back', 'kubectl rolled back'],
    ['a<br>b &amp; c', 'a b & c'],
    ['snake_case_name stays', 'snake_case_name stays'],
  ])('turns %j into %j', (input, expected) => {
    expect(inlineText(input)).toBe(expected);
  });
});
