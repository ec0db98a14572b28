/** @module Test support: webhook fixture bodies (test/fixtures/webhooks) and the fixed clock the tests use. */
import { readFileSync } from 'node:fs';
import type { Instant } from '../../domain/instant.js';

/** The instant every webhook test treats as now. */
export const TEST_NOW = '2026-03-12T09:30:00.000Z' as Instant;

/** The raw body of a fixture, byte for byte as a source would send it. */
export function readFixture(name: string): string {
  return readFileSync(new URL(`../../../test/fixtures/webhooks/${name}`, import.meta.url), 'utf8');
}

/** The parsed JSON of a fixture (a fresh copy each call). */
export function fixturePayload(name: string): unknown {
  return JSON.parse(readFixture(name));
}
