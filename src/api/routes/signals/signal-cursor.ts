/** @module Cursors of the signal list: the instant and id of the last signal of a page, opaque to clients. */
import { type Instant, isInstant } from '../../../domain/instant.js';
import type { SignalPosition } from '../../../storage/index.js';
import { AppError } from '../../../usecases/app-error.js';

export function encodeSignalCursor(position: SignalPosition): string {
  return Buffer.from(JSON.stringify({ a: position.at, i: position.id })).toString('base64url');
}

export function decodeSignalCursor(cursor: string | undefined): SignalPosition | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      a?: unknown;
      i?: unknown;
    };
    if (isInstant(value.a) && typeof value.i === 'string' && /^[0-9a-f-]{36}$/.test(value.i)) {
      return { at: value.a as Instant, id: value.i };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError(
    'VALIDATION_FAILED',
    'cursor: is not a cursor this API gave out; start again without it',
  );
}
