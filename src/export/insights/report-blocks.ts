/** @module A report as blocks (headings, paragraphs, lists, tables, charts), rendered to Markdown or HTML. */
import { escapeXml } from './svg-charts.js';

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'chart'; svg: string };

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown; charts are inline SVG (an HTML block), which Markdown renderers pass through. */
export function reportToMarkdown(blocks: readonly ReportBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') out.push(`${'#'.repeat(block.level)} ${block.text}`);
    else if (block.kind === 'paragraph') out.push(block.text);
    else if (block.kind === 'list') out.push(block.items.map((item) => `- ${item}`).join('\n'));
    else if (block.kind === 'chart') out.push(`<div>${block.svg}</div>`);
    else {
      out.push(
        [
          `| ${block.columns.map(mdCell).join(' | ')} |`,
          `|${block.columns.map(() => ' --- ').join('|')}|`,
          ...block.rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
        ].join('\n'),
      );
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** A standalone HTML page with a small print-friendly stylesheet. */
export function reportToHtml(title: string, blocks: readonly ReportBlock[]): string {
  const body = blocks.map((block) => {
    if (block.kind === 'heading')
      return `<h${block.level}>${escapeXml(block.text)}</h${block.level}>`;
    if (block.kind === 'paragraph') return `<p>${escapeXml(block.text)}</p>`;
    if (block.kind === 'list')
      return `<ul>${block.items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
    if (block.kind === 'chart') return `<figure>${block.svg}</figure>`;
    const head = block.columns.map((c) => `<th>${escapeXml(c)}</th>`).join('');
    const rows = block.rows
      .map((row) => `<tr>${row.map((c) => `<td>${escapeXml(c)}</td>`).join('')}</tr>`)
      .join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  });
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}th{background:#f3f3f3}figure{margin:1rem 0}h2{border-bottom:1px solid #ddd;margin-top:2rem}</style>',
    `</head><body>${body.join('\n')}</body></html>`,
    '',
  ].join('\n');
}
