/** @module Reads values routes share: the incident key in the path and the version to write against. */
import type { Context } from 'hono';
import { type IncidentKey, isIncidentKey } from '../domain/ids.js';
import { AppError } from '../usecases/app-error.js';

/** The `:key` path parameter; an unknown shape is simply not found. */
export function incidentKeyParam(params: Record<string, string>): IncidentKey {
  const key = (params.key ?? '').toUpperCase();
  if (!isIncidentKey(key)) {
    throw new AppError(
      'INCIDENT_NOT_FOUND',
      `incident ${clip(params.key ?? '')} does not exist in this workspace`,
    );
  }
  return key;
}

/**
 * The version a write is based on: the body's `version`, else an `If-Match: "N"` header.
 * Required, because a write without it could silently overwrite someone else's change.
 */
export function expectedVersion(c: Context, bodyVersion: number | undefined): number {
  if (bodyVersion !== undefined) return bodyVersion;
  const header = c.req.header('if-match');
  // A GET's ETag is `"version.timelineRevision"`; the version is what a write is checked against.
  const match = header ? /^(?:W\/)?"?(\d{1,9})(?:\.\d{1,12})?"?$/.exec(header.trim()) : null;
  if (match) return Number(match[1]);
  throw new AppError(
    'VALIDATION_FAILED',
    'version: is required — send the version you read (or an If-Match header) so concurrent edits are not lost',
  );
}

/** Like `expectedVersion` but optional: null when neither is given. */
export function optionalVersion(c: Context, bodyVersion: number | undefined): number | null {
  if (bodyVersion !== undefined) return bodyVersion;
  if (c.req.header('if-match') === undefined) return null;
  return expectedVersion(c, undefined);
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
