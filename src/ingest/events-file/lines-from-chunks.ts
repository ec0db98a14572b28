/** @module Splits a stream of text chunks into lines without holding more than one line at a time. */

/** Each line (without `\n` or `\r\n`) with its 1-based number; a final line without `\n` counts too. */
export async function* linesFromChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<{ line: number; text: string }> {
  for await (const batch of lineBatchesFromChunks(chunks)) {
    for (let i = 0; i < batch.lines.length; i++) {
      yield { line: batch.firstLine + i, text: batch.lines[i]! };
    }
  }
}

/**
 * The same lines, grouped as each chunk completes them: one await per chunk instead of one per
 * line, for readers of millions of short lines. Lines hold no `\n`; a trailing `\r` is removed.
 */
export async function* lineBatchesFromChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<{ firstLine: number; lines: string[] }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    rest += chunk;
    const lines: string[] = [];
    let start = 0;
    let end = rest.indexOf('\n', start);
    while (end !== -1) {
      lines.push(stripCr(rest.slice(start, end)));
      start = end + 1;
      end = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
    if (lines.length > 0) {
      yield { firstLine: line + 1, lines };
      line += lines.length;
    }
  }
  if (rest !== '') yield { firstLine: line + 1, lines: [stripCr(rest)] };
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
