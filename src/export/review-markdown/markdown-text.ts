/** @module How free text sits inside the review Markdown: normalised, escaped where it would read as structure, and read back. */

const ID_SUFFIX = / \{#([A-Za-z0-9][A-Za-z0-9._:-]*)\}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** True when `id` can be written as a `{#id}` suffix. */
export function isExportableId(id: string): boolean {
  return ID.test(id);
}

/** Line endings as `\n`, without blank lines at either end: what a Markdown file can keep of a text. */
export function normalizeMultiline(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end).join('\n');
}

/** One line, trimmed: for names, headings and other values that cannot span lines. */
export function normalizeSingleLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

/** A line of a paragraph section, with a backslash before a `#` that would start a heading. */
export function escapeBlockLine(line: string): string {
  return /^\\*#/.test(line) ? `\\${line}` : line;
}

export function unescapeBlockLine(line: string): string {
  return /^\\+#/.test(line) ? line.slice(1) : line;
}

/** A line of a list item's text, with a backslash before a `-` or `*` that would read as a list or marker. */
export function escapeItemLine(line: string): string {
  return line.replace(/^(\s*)(\\*[-*])/, '$1\\$2');
}

export function unescapeItemLine(line: string): string {
  return line.replace(/^(\s*)\\(\\*[-*])/, '$1$2');
}

/** Backslash-escapes `\` and each of `chars`, the way Markdown reads them back. */
export function escapeInline(text: string, chars: string): string {
  let out = '';
  for (const char of text) out += char === '\\' || chars.includes(char) ? `\\${char}` : char;
  return out;
}

export function unescapeInline(text: string): string {
  return text.replace(/\\(.)/gsu, '$1');
}

/**
 * The lines of a list item: `marker` then the first text line, later lines indented by `indent`.
 * Empty lines stay empty so the file has no trailing spaces.
 */
export function itemLines(marker: string, text: string, indent: string, id?: string): string[] {
  const lines = normalizeMultiline(text).split('\n').map(escapeItemLine);
  if (id !== undefined) lines[lines.length - 1] += ` {#${id}}`;
  return lines.map((line, index) => {
    if (index === 0) return line === '' ? marker.trimEnd() : `${marker}${line}`;
    return line === '' ? '' : `${indent}${line}`;
  });
}

/** Splits a trailing `{#id}` off a line; `id` is null when there is none. */
export function splitId(line: string): { text: string; id: string | null } {
  const match = ID_SUFFIX.exec(line);
  if (!match) return { text: line, id: null };
  return { text: line.slice(0, match.index), id: match[1]! };
}
