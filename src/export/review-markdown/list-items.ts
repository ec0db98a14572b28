/** @module Reads the indented `- ` lists of the review Markdown into items with text lines and children. */

/** A line of the file with its 1-based number. */
export interface SourceLine {
  no: number;
  text: string;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ListItem {
  line: number;
  /** The item's text lines, as written (escapes kept), without the marker or the indentation. */
  lines: string[];
  children: ListItem[];
}

/** Items of a `- ` list; text outside any item is a problem. Blank lines between items are dropped. */
export function parseListItems(source: SourceLine[]): {
  items: ListItem[];
  problems: ImportProblem[];
} {
  const items: ListItem[] = [];
  const problems: ImportProblem[] = [];
  const open: { item: ListItem; column: number }[] = [];
  let blanks: string[] = [];
  for (const { no, text } of source) {
    if (text.trim() === '') {
      blanks.push(text);
      continue;
    }
    const indent = text.length - text.replace(/^ +/, '').length;
    const body = text.slice(indent);
    if (body === '-' || body.startsWith('- ')) {
      while (open.length > 0 && open.at(-1)!.column > indent) open.pop();
      const item: ListItem = { line: no, lines: [body.slice(2)], children: [] };
      (open.at(-1)?.item.children ?? items).push(item);
      open.push({ item, column: indent + 2 });
      blanks = [];
      continue;
    }
    const top = open.at(-1);
    if (top && top.item.children.length === 0 && indent >= top.column) {
      for (const blank of blanks) top.item.lines.push(blank.slice(top.column));
      top.item.lines.push(text.slice(top.column));
    } else if (top && top.item.children.length === 0 && blanks.length === 0) {
      // A wrapped line without indentation, as Markdown allows ("lazy" continuation).
      top.item.lines.push(body);
    } else {
      problems.push({
        line: no,
        message: top
          ? 'this text belongs to no list item: indent it under its item or start it with "- "'
          : 'expected a list item starting with "- "',
      });
    }
    blanks = [];
  }
  return { items, problems };
}
