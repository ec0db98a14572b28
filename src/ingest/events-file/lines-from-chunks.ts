/** @module Splits a stream of text chunks into lines without holding more than one line at a time. */

/** Each line (without `\n` or `\r\n`) with its 1-based number; a final line without `\n` counts too. */
export async function* linesFromChunks(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  for await (const chunk of chunks) {
    rest += chunk;
    let start = 0;
    let end = rest.indexOf('\n', start);
    while (end !== -1) {
      line += 1;
      yield { line, text: stripCr(rest.slice(start, end)) };
      start = end + 1;
      end = rest.indexOf('\n', start);
    }
    rest = rest.slice(start);
  }
  if (rest !== '') yield { line: line + 1, text: stripCr(rest) };
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
