/** @module Opaque pagination cursors: clients pass back what they were given, nothing else. */
import { AppError } from '../usecases/app-error.js';

const MAX_NUMBER = 2_147_483_647;

export function encodeCursor(before: number): string {
  return Buffer.from(JSON.stringify({ b: before })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { b?: unknown };
    // Incident numbers are 32-bit integers in PostgreSQL; a larger bound would fail the query.
    if (
      typeof value.b === 'number' &&
      Number.isInteger(value.b) &&
      value.b > 0 &&
      value.b <= MAX_NUMBER
    )
      return value.b;
  } catch {
    // falls through to the error below
  }
  throw new AppError(
    'VALIDATION_FAILED',
    'cursor: is not a cursor this API gave out; start again without it',
  );
}
