/** @module A small HTML block tokenizer: headings, paragraphs, list items, table rows, pre lines. */
import { decodeEntities } from './decode-entities.js';
import { type DocBlock, type ParsedDocument, rowText } from './doc-block.js';

const SKIPPED = new Set('script style noscript template svg math iframe object'.split(' '));
const BLOCK = new Set(
  [
    'p div li ul ol dl dt dd pre table thead tbody tfoot tr td th blockquote section article',
    'header footer main nav aside hr figure figcaption caption form body html details summary',
    'h1 h2 h3 h4 h5 h6 title head',
  ]
    .join(' ')
    .split(' '),
);
/** Elements whose end tag HTML lets authors omit: a new one closes the open one. */
const SELF_CLOSING_SIBLINGS: Record<string, string[]> = {
  p: ['p'],
  li: ['li', 'p'],
  tr: ['tr', 'td', 'th', 'p'],
  td: ['td', 'th', 'p'],
  th: ['td', 'th', 'p'],
  dt: ['dt', 'dd', 'p'],
  dd: ['dt', 'dd', 'p'],
};
const LIST_BOUNDARY = new Set(['ul', 'ol', 'table', 'tbody', 'thead', 'tr', 'td', 'th']);

type Open = { name: string; titleLike: boolean };
type Cell = { text: string };
type Row = { cells: string[]; line: number };

/** Blocks of an HTML document (a Confluence or Google Docs export, a blog page); never throws. */
export function documentFromHtml(html: string): ParsedDocument {
  return new HtmlReader(html).read();
}

class HtmlReader {
  private readonly blocks: DocBlock[] = [];
  private readonly stack: Open[] = [];
  private readonly rows: Row[] = [];
  private readonly cells: Cell[] = [];
  private readonly newlines: number[] = [];
  private buffer = '';
  private bufferStart = -1;
  private title: string | null = null;

  constructor(private readonly html: string) {
    for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) this.newlines.push(i);
  }

  read(): ParsedDocument {
    const html = this.html;
    let i = 0;
    while (i < html.length) {
      const lt = html.indexOf('<', i);
      if (lt === -1) {
        this.addText(html.slice(i), i);
        break;
      }
      if (lt > i) this.addText(html.slice(i, lt), i);
      i = this.readMarkup(lt);
    }
    this.flush();
    while (this.stack.length > 0) this.pop();
    return { blocks: this.blocks, documentTitle: this.title, frontMatter: {} };
  }

  /** Reads the markup starting at `lt` and returns the index just past it. */
  private readMarkup(lt: number): number {
    const html = this.html;
    if (html.startsWith('<!--', lt)) return endOf(html, '-->', lt + 4);
    const next = html[lt + 1] ?? '';
    if (next === '!' || next === '?') return endOf(html, '>', lt + 2);
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 40));
    if (!tag) {
      this.addText('<', lt);
      return lt + 1;
    }
    const end = tagEnd(html, lt + tag[0].length);
    const attributes = html.slice(lt + tag[0].length, end);
    const name = tag[2]!.toLowerCase();
    const closing = tag[1] === '/';
    const after = end + 1;
    if (closing) {
      this.close(name);
      return after;
    }
    if (SKIPPED.has(name) && !attributes.endsWith('/')) return skipElement(html, name, after);
    if (name === 'title' && !attributes.endsWith('/')) return this.readTitle(after);
    if (name === 'br') {
      this.lineBreak();
      return after;
    }
    if (name === 'img') {
      const alt = /\balt\s*=\s*"([^"]*)"/i.exec(attributes);
      if (alt?.[1]) this.addText(` ${alt[1]} `, lt);
      return after;
    }
    if (BLOCK.has(name)) this.open(name, /class\s*=\s*["'][^"']*\btitle\b/i.test(attributes), lt);
    return after;
  }

  private readTitle(from: number): number {
    const close = this.html.toLowerCase().indexOf('</title', from);
    const stop = close === -1 ? this.html.length : close;
    const text = clean(decodeEntities(this.html.slice(from, stop)));
    if (this.title === null && text.length > 0) this.title = text;
    return close === -1 ? stop : endOf(this.html, '>', close);
  }

  private open(name: string, titleLike: boolean, offset: number): void {
    const closes = SELF_CLOSING_SIBLINGS[name];
    if (closes) {
      // Close an open sibling (an earlier <li> without </li>) but never across a list or table.
      for (let k = this.stack.length - 1; k >= 0; k--) {
        const open = this.stack[k]!.name;
        if (closes.includes(open)) {
          while (this.stack.length > k) this.pop();
          break;
        }
        if (LIST_BOUNDARY.has(open) || open === 'li') break;
      }
    }
    this.boundary();
    this.stack.push({ name, titleLike });
    if (name === 'tr') this.rows.push({ cells: [], line: this.lineAt(offset) });
    if (name === 'td' || name === 'th') this.cells.push({ text: '' });
  }

  private close(name: string): void {
    if (!BLOCK.has(name)) return;
    const index = this.stack.map((open) => open.name).lastIndexOf(name);
    if (index === -1) return;
    this.boundary();
    while (this.stack.length > index) this.pop();
  }

  private pop(): void {
    const open = this.stack[this.stack.length - 1];
    if (!open) return;
    this.flush();
    this.stack.pop();
    if (open.name === 'td' || open.name === 'th') {
      const cell = this.cells.pop();
      const row = this.rows[this.rows.length - 1];
      if (cell && row) row.cells.push(clean(cell.text));
    }
    if (open.name === 'tr') {
      const row = this.rows.pop();
      if (row?.cells.some((cell) => cell.length > 0)) {
        this.blocks.push({
          kind: 'row',
          cells: row.cells,
          text: rowText(row.cells),
          line: row.line,
        });
      }
    }
  }

  /** A block boundary: inside a table cell it is a space, elsewhere it ends the pending block. */
  private boundary(): void {
    const cell = this.cells[this.cells.length - 1];
    if (cell && this.isInCell()) cell.text += ' ';
    else this.flush();
  }

  private lineBreak(): void {
    const cell = this.cells[this.cells.length - 1];
    if (cell && this.isInCell()) cell.text += ' ';
    else if (this.kind().kind === 'pre') this.buffer += '\n';
    else if (this.kind().kind === 'paragraph') this.flush();
    else this.buffer += ' ';
  }

  private isInCell(): boolean {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const name = this.stack[k]!.name;
      if (name === 'td' || name === 'th') return true;
      if (name === 'tr' || name === 'table') return false;
    }
    return false;
  }

  private addText(raw: string, offset: number): void {
    const cell = this.cells[this.cells.length - 1];
    const text = decodeEntities(raw);
    if (cell && this.isInCell()) {
      cell.text += text;
      return;
    }
    if (this.bufferStart === -1 && text.trim().length > 0) {
      this.bufferStart = offset + (raw.length - raw.trimStart().length);
    }
    this.buffer += text;
  }

  private kind(): { kind: 'heading' | 'item' | 'pre' | 'paragraph'; level: number } {
    for (let k = this.stack.length - 1; k >= 0; k--) {
      const open = this.stack[k]!;
      const heading = /^h([1-6])$/.exec(open.name);
      if (heading) return { kind: 'heading', level: Number(heading[1]) };
      if (open.name === 'p' && open.titleLike) return { kind: 'heading', level: 1 };
      if (open.name === 'li') return { kind: 'item', level: 0 };
      if (open.name === 'pre') return { kind: 'pre', level: 0 };
    }
    return { kind: 'paragraph', level: 0 };
  }

  private flush(): void {
    const raw = this.buffer;
    const start = this.bufferStart;
    this.buffer = '';
    this.bufferStart = -1;
    if (raw.trim().length === 0) return;
    const line = this.lineAt(start);
    const { kind, level } = this.kind();
    if (kind === 'pre') {
      raw
        .replace(/^[^\S\n]*\n/, '')
        .split('\n')
        .forEach((text, index) => {
          const trimmed = text.replace(/\s+$/, '');
          if (trimmed.trim().length > 0)
            this.blocks.push({ kind: 'pre', text: trimmed.trim(), line: line + index });
        });
      return;
    }
    const text = clean(raw);
    if (kind === 'heading') this.blocks.push({ kind, level, text, line });
    else this.blocks.push({ kind, text, line });
  }

  private lineAt(offset: number): number {
    if (offset < 0) return this.newlines.length + 1;
    let low = 0;
    let high = this.newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function endOf(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at === -1 ? html.length : at + marker.length;
}

/** Index of the `>` that ends a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return html.length;
}

function skipElement(html: string, name: string, from: number): number {
  const close = html.toLowerCase().indexOf(`</${name}`, from);
  return close === -1 ? html.length : endOf(html, '>', close);
}
