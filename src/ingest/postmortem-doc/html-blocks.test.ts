import { describe, expect, it } from 'vitest';
import { documentFromHtml } from './html-blocks.js';

const kinds = (html: string) => documentFromHtml(html).blocks.map((b) => `${b.kind}:${b.text}`);

describe('documentFromHtml', () => {
  it('reads headings, paragraphs and list items in order with their levels', () => {
    const { blocks } = documentFromHtml(
      '<h1>Outage</h1>\n<p>Some <b>bold</b> text.</p>\n<h3>Timeline</h3><ul><li>09:15 paged</li></ul>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Outage', line: 1 },
      { kind: 'paragraph', text: 'Some bold text.', line: 2 },
      { kind: 'heading', level: 3, text: 'Timeline', line: 3 },
      { kind: 'item', text: '09:15 paged', line: 3 },
    ]);
  });

  it('turns table rows into cells, keeping paragraphs inside a cell as one cell', () => {
    const { blocks } = documentFromHtml(
      '<table><tr><th>Time</th><th>Event</th></tr>\n<tr><td><p>14:03</p></td><td><p>Alert</p><p>fired</p></td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'row', cells: ['Time', 'Event'], text: 'Time | Event', line: 1 },
      { kind: 'row', cells: ['14:03', 'Alert fired'], text: '14:03 | Alert fired', line: 2 },
    ]);
  });

  it('splits a paragraph at <br> into one block per line', () => {
    expect(kinds('<p>07:02 one<br>07:03 two<br/>07:19 three</p>')).toEqual([
      'paragraph:07:02 one',
      'paragraph:07:03 two',
      'paragraph:07:19 three',
    ]);
  });

  it('keeps each line of a <pre> block with its own line number', () => {
    const { blocks } = documentFromHtml('<pre>\n07:31  rolled back\n\n07:52  all clear\n</pre>');
    expect(blocks).toEqual([
      { kind: 'pre', text: '07:31  rolled back', line: 2 },
      { kind: 'pre', text: '07:52  all clear', line: 4 },
    ]);
  });

  it('drops scripts, styles and comments and reads the <title> separately', () => {
    const parsed = documentFromHtml(
      '<head><title>A &amp; B</title><style>p{}</style><script>var t = "10:00 <p>x</p>";</script></head><!-- 11:00 --><p>kept</p>',
    );
    expect(parsed.documentTitle).toBe('A & B');
    expect(parsed.blocks.map((b) => b.text)).toEqual(['kept']);
  });

  it('decodes entities and collapses whitespace', () => {
    expect(kinds('<p>09:15&nbsp;&mdash;\n   paged &#8220;ops&#8221;</p>')).toEqual([
      'paragraph:09:15 — paged “ops”',
    ]);
  });

  it('closes list items and paragraphs whose end tags were left out', () => {
    expect(kinds('<ul><li>one<li>two</ul><p>three<p>four')).toEqual([
      'item:one',
      'item:two',
      'paragraph:three',
      'paragraph:four',
    ]);
  });

  it('reads a nested list item as its own item', () => {
    expect(kinds('<ul><li>parent<ul><li>child</li></ul></li></ul>')).toEqual([
      'item:parent',
      'item:child',
    ]);
  });

  it('treats a Google Docs title paragraph as a level-1 heading', () => {
    expect(
      documentFromHtml('<p class="c3 title"><span>Postmortem</span></p>').blocks[0],
    ).toMatchObject({
      kind: 'heading',
      level: 1,
    });
  });

  it.each([
    '<',
    '<<>>',
    '<p',
    '<table><td>x',
    '</li></ul>',
    '<!--',
    '<script>never closed',
    '&#xFFFFFFF;',
  ])('survives malformed markup %j', (html) => {
    expect(() => documentFromHtml(html)).not.toThrow();
  });
});
