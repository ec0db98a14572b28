/**
 * @module Reuses prepared SQLite statements. Kysely prepares every query anew; with better-sqlite3
 * that costs more than running it for small queries, and the same few hundred SQL texts repeat.
 */
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_STATEMENTS = 500;

/** Wraps a connection so `prepare` returns a cached statement for SQL text it has seen. */
export function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => connection.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (!statement) {
        statement = connection.prepare(sql) as unknown as SqliteStatement;
        // Statements with more than a handful of distinct texts (e.g. IN lists) churn; keep the
        // recent ones and let the rest be collected.
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
