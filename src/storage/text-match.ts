/** @module Case-insensitive substring match, the one place the two dialects differ for plain text filters. */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';

/**
 * `column` contains `text`, ignoring case, with LIKE wildcards in `text` taken literally.
 * SQLite folds case for ASCII only; PostgreSQL folds all scripts. Full-text search (its own module) is
 * what users should reach for beyond simple filters.
 */
export function containsText<DB, TB extends keyof DB>(
  _eb: ExpressionBuilder<DB, TB>,
  column: string,
  text: string,
): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
