/** @module What every periodic sweep runs with: the database, the mailer, the clock and where the web app lives. */
import type { Instant } from '../domain/instant.js';
import type { Database } from '../storage/index.js';
import type { Mailer } from './mailer-port.js';

/** The part of a pino logger the sweeps use. */
export interface JobLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface JobContext {
  database: Database;
  mailer: Mailer;
  clock: () => Instant;
  /** The web app's public base URL, without a trailing slash; links in mail point there. */
  publicUrl: string;
  logger: JobLogger;
  /** How many times one mail is tried before the sweeps give up on it. */
  maxAttempts: number;
}

/** How a sweep ended for one mail: `recorded` means mail is off and only the record was kept. */
export type MailOutcome = 'sent' | 'recorded' | 'failed' | 'no_recipients';

export const DEFAULT_MAX_ATTEMPTS = 5;

/** The page of an incident's review in the web app. */
export function reviewUrlOf(publicUrl: string, incidentKey: string): string {
  return `${publicUrl}/incidents/${encodeURIComponent(incidentKey)}/review`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
