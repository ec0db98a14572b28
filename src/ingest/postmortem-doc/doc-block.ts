/** @module The flat block stream both document readers (Markdown, HTML) produce for the extractors. */

/** One block of a document, in reading order, with the 1-based source line it starts on. */
export type DocBlock =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'paragraph' | 'item' | 'pre'; text: string; line: number }
  | { kind: 'row'; cells: string[]; text: string; line: number };

/** What a reader returns: the blocks plus the metadata that lives outside the body. */
export type ParsedDocument = {
  blocks: DocBlock[];
  /** `<title>` of an HTML page or `title:` of Markdown front matter. */
  documentTitle: string | null;
  /** Lowercased keys of Markdown front matter (`date`, `title`, …). */
  frontMatter: Record<string, string>;
};

/** A table row as one line of text: its non-empty cells joined by ` | `. */
export function rowText(cells: string[]): string {
  return cells.filter((cell) => cell.length > 0).join(' | ');
}
