/** @module Reads Markdown into blocks: ATX/setext headings, paragraphs, list items, tables, code lines. */
import { decodeEntities } from './decode-entities.js';
import { type DocBlock, type ParsedDocument, rowText } from './doc-block.js';

const ATX = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const ITEM = /^(\s*)(?:[-*+•▪◦]|\d{1,3}[.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** `Severity: SEV2`-style metadata lines stay separate even when written one under another. */
const LABEL_LINE = /^\s*(?:\*\*|__)?[\p{L}][\p{L} /&-]{0,30}(?::\*\*|:__|:)\s/u;
/** Lines that open a timeline entry start a block of their own even without a blank line before. */
const ENTRY_START =
  /^\s*(?:\*\*|__|\[|\()?\s*(?:\d{1,4}[:/.-]\d|T\s*[+-]\s*\d|T0\b|\d{1,2}\s*[ap]\.?m\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** Blocks of a Markdown document, with front matter read into `frontMatter`; never throws. */
export function documentFromMarkdown(markdown: string): ParsedDocument {
  const lines = markdown.split(/\r\n|\r|\n/);
  const blocks: DocBlock[] = [];
  const frontMatter = frontMatterOf(lines);
  let index = frontMatter.length;
  let paragraph: { lines: string[]; line: number } | null = null;
  let item: { text: string; line: number } | null = null;

  const endParagraph = () => {
    if (paragraph) {
      const text = inlineText(paragraph.lines.join(' '));
      if (text) blocks.push({ kind: 'paragraph', text, line: paragraph.line });
    }
    paragraph = null;
  };
  const endItem = () => {
    if (item) {
      const text = inlineText(item.text.replace(/^\[[ xX]\]\s*/, ''));
      if (text) blocks.push({ kind: 'item', text, line: item.line });
    }
    item = null;
  };
  const endAll = () => {
    endParagraph();
    endItem();
  };

  while (index < lines.length) {
    const line = (lines[index] ?? '').replace(/^ {0,3}(?:>\s?)+/, '');
    const number = index + 1;
    index++;
    if (line.trim().length === 0) {
      endAll();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      endAll();
      while (index < lines.length && !(lines[index] ?? '').trimStart().startsWith(fence[1]!)) {
        const code = (lines[index] ?? '').trim();
        if (code) blocks.push({ kind: 'pre', text: code, line: index + 1 });
        index++;
      }
      index++;
      continue;
    }
    const setext = SETEXT.exec(line);
    const open = paragraph as { lines: string[]; line: number } | null;
    if (setext && open && open.lines.length === 1) {
      const text = inlineText(open.lines[0]!);
      blocks.push({
        kind: 'heading',
        level: setext[1]!.startsWith('=') ? 1 : 2,
        text,
        line: open.line,
      });
      paragraph = null;
      continue;
    }
    if (RULE.test(line)) {
      endAll();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      endAll();
      const text = inlineText(atx[2] ?? '');
      if (text) blocks.push({ kind: 'heading', level: atx[1]!.length, text, line: number });
      continue;
    }
    if (isTableLine(line, lines[index])) {
      endAll();
      if (TABLE_SEPARATOR.test(line)) continue;
      const cells = cellsOf(line);
      if (cells.some((cell) => cell.length > 0)) {
        blocks.push({ kind: 'row', cells, text: rowText(cells), line: number });
      }
      continue;
    }
    const listItem = ITEM.exec(line);
    if (listItem) {
      endAll();
      item = { text: listItem[2] ?? '', line: number };
      continue;
    }
    const current = item as { text: string; line: number } | null;
    if (current && !ENTRY_START.test(line)) {
      current.text += ` ${line.trim()}`;
      continue;
    }
    endItem();
    const para = paragraph as { lines: string[]; line: number } | null;
    const previous = para?.lines[para.lines.length - 1] ?? '';
    const hardBreak = /( {2}|\\|<br\s*\/?>)$/i.test(previous);
    if (para && !hardBreak && !ENTRY_START.test(line) && !LABEL_LINE.test(line))
      para.lines.push(line.trim());
    else {
      endParagraph();
      paragraph = { lines: [line.trim()], line: number };
    }
  }
  endAll();
  return {
    blocks,
    documentTitle: frontMatter.values.title ?? null,
    frontMatter: frontMatter.values,
  };
}

function frontMatterOf(lines: string[]): { length: number; values: Record<string, string> } {
  const values: Record<string, string> = {};
  if ((lines[0] ?? '').trim() !== '---') return { length: 0, values };
  for (let k = 1; k < Math.min(lines.length, 80); k++) {
    const line = lines[k] ?? '';
    if (line.trim() === '---' || line.trim() === '...') return { length: k + 1, values };
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (pair) values[pair[1]!.toLowerCase()] = pair[2]!.trim().replace(/^["']|["']$/g, '');
  }
  return { length: 0, values: {} };
}

function isTableLine(line: string, next: string | undefined): boolean {
  if (!line.includes('|')) return false;
  if (line.trimStart().startsWith('|')) return true;
  return TABLE_SEPARATOR.test(line) || (next !== undefined && TABLE_SEPARATOR.test(next));
}

function cellsOf(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => inlineText(cell));
}

/** Markdown inline syntax removed: emphasis, code spans, links and images kept as their text. */
export function inlineText(text: string): string {
  const plain = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\*(?=\S)|(?<=\S)\*/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
  return decodeEntities(plain).replace(/\s+/g, ' ').trim();
}
