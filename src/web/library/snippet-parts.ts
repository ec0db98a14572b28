/** @module Search snippets as text parts: the server sends escaped HTML with <mark>, the page renders plain text and marks. */

export interface SnippetPart {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name.toLowerCase()] ?? entity;
  });
}

/** `a <mark>b</mark> c` → `[a ][b, marked][ c]`; no HTML is ever interpreted. */
export function snippetParts(html: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let cursor = 0;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    if (match.index > cursor)
      parts.push({ text: unescapeHtml(html.slice(cursor, match.index)), marked: false });
    parts.push({ text: unescapeHtml(match[1] ?? ''), marked: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < html.length) parts.push({ text: unescapeHtml(html.slice(cursor)), marked: false });
  return parts;
}
