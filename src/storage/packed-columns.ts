/**
 * @module Several columns read as one text value per row. Turning each column of each row into a
 * JavaScript value is what bulk reads spend most of their time on (far more than the engine's own
 * work), so reads of many thousands of rows ask for one joined string and split it here.
 */
import { type RawBuilder, sql } from 'kysely';

const SEPARATOR = '|';

/**
 * `a || '|' || b || …` over `columns`, each cast to text, NULL as the empty string. Only the last
 * column may contain the separator (free text goes last); the others must be ids, numbers, enums
 * or instants, and must not use the empty string for anything but NULL.
 */
export function packColumns(columns: readonly string[]): RawBuilder<string> {
  return sql<string>`${sql.join(
    columns.map((column) => sql`coalesce(cast(${sql.ref(column)} as text), '')`),
    sql.raw(` || '${SEPARATOR}' || `),
  )}`;
}

/** The `count` columns of a packed value; the last one is the rest of the text, separators and all. */
export function unpackColumns(text: string, count: number): string[] {
  const parts = new Array<string>(count);
  let start = 0;
  for (let i = 0; i < count - 1; i++) {
    const end = text.indexOf(SEPARATOR, start);
    if (end === -1) throw new Error(`packed row has ${i + 1} columns, expected ${count}`);
    parts[i] = text.slice(start, end);
    start = end + 1;
  }
  parts[count - 1] = text.slice(start);
  return parts;
}

/** A packed column that may be NULL: the empty string read back as null. */
export function nullIfEmpty<T extends string>(text: string): T | null {
  return text === '' ? null : (text as T);
}
