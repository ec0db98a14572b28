/** @module CSV text (RFC 4180) from rows and named columns. */

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

export interface CsvTable {
  columns: string[];
  rows: CsvValue[][];
}

/**
 * Quotes a field when it holds a comma, quote or line break; lists join with `;`. A field that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` before text) gets a leading quote mark.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text =
    typeof value === 'string'
      ? value
      : typeof value === 'boolean'
        ? String(value)
        : value.join(';');
  if (/^[=+\-@]/.test(text) && Number.isNaN(Number(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV with a header line and CRLF line ends. */
export function csvFromTable(table: CsvTable): string {
  return `${[table.columns, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
