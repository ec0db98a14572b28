/** @module RFC 4180 CSV, streamed: quoted fields, doubled quotes, and line breaks inside quotes. */
import { linesFromChunks } from './lines-from-chunks.js';

export type CsvRecord = { line: number; fields: string[] } | { line: number; problem: string };

/**
 * Each record with the line it starts on. A quoted field may span lines; a quote left open at the
 * end of the input is a problem on the line where the record started.
 */
export async function* csvRecordsFromChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let startLine = 0;
  for await (const { line, text } of linesFromChunks(chunks)) {
    if (!quoted) {
      if (text === '') continue;
      startLine = line;
      fields = [];
      field = '';
    } else {
      field += '\n';
    }
    let i = 0;
    let problem: string | null = null;
    while (i < text.length) {
      const char = text[i]!;
      if (quoted) {
        if (char === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i += 1;
          if (i < text.length && text[i] !== ',') {
            problem = `column ${fields.length + 1}: text after a closing quote; double a quote inside a quoted field ("")`;
            break;
          }
          continue;
        }
        field += char;
        i += 1;
      } else if (char === ',') {
        fields.push(field);
        field = '';
        i += 1;
      } else if (char === '"' && field === '') {
        quoted = true;
        i += 1;
      } else {
        field += char;
        i += 1;
      }
    }
    if (problem !== null) {
      yield { line: startLine, problem };
      quoted = false;
      continue;
    }
    if (!quoted) {
      fields.push(field);
      yield { line: startLine, fields };
    }
  }
  if (quoted) yield { line: startLine, problem: 'a quoted field is never closed' };
}
