/** @module Environment -> typed configuration, validated once at start; every problem is listed. */
import { resolve } from 'node:path';
import { z } from 'zod';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** postgres://… when set; otherwise the embedded SQLite file in dataDir. */
  databaseUrl: string | null;
  sqliteFile: string;
  apiToken: string | null;
  ownerName: string;
  maxBodyBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemoData: boolean;
  timeZone: string;
  /** Chromium for PDF exports; null means the default /usr/bin/chromium. */
  chromiumPath: string | null;
  /** The web app's address as people reach it (links in mail); defaults to http://HOST:PORT. */
  publicUrl: string;
  /** SMTP server (smtp:// or smtps://); null turns mail off: the jobs only record what they would send. */
  mail: { smtpUrl: string | null; from: string };
  /** The periodic sweeps `hindsight serve` runs (follow-ups, action-item reminders). */
  jobs: { enabled: boolean; intervalMinutes: number };
}

const EnvSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be 0–65535' })
    .max(65535, { error: 'must be 0–65535' })
    .default(4000),
  HINDSIGHT_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, {
      error: 'must start with postgres:// (unset it to use the embedded SQLite)',
    })
    .optional(),
  HINDSIGHT_API_TOKEN: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  HINDSIGHT_OWNER: z.string().min(1).max(100).default('owner'),
  HINDSIGHT_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HINDSIGHT_DEMO: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('true'),
  HINDSIGHT_CHROMIUM: z.string().min(1).optional(),
  HINDSIGHT_TIME_ZONE: z
    .string()
    .refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { error: 'must be an IANA time zone such as Europe/Paris' },
    )
    .default('UTC'),
  HINDSIGHT_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, {
      error: 'must be the http(s) address people open, e.g. https://hindsight.example.com',
    })
    .optional(),
  HINDSIGHT_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s/]+\/?(\?[^\s]*)?$/, {
      error: 'must be smtp://[user:password@]host[:port] or smtps://…, e.g. smtp://127.0.0.1:2525',
    })
    .optional(),
  HINDSIGHT_MAIL_FROM: z
    .string()
    .regex(/^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
      error:
        'must be a sender address, e.g. hindsight@example.com or "Hindsight <hindsight@example.com>"',
    })
    .optional(),
  HINDSIGHT_JOBS: z
    .enum(['on', 'off', 'true', 'false', '1', '0'], { error: 'must be on or off' })
    .default('on'),
  HINDSIGHT_JOBS_INTERVAL: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int({ error: 'must be a whole number of minutes' })
    .min(1, { error: 'must be 1–1440 minutes' })
    .max(1440, { error: 'must be 1–1440 minutes' })
    .default(5),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from `env`; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = EnvSchema.safeParse(present);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (present.HINDSIGHT_SMTP_URL !== undefined && present.HINDSIGHT_MAIL_FROM === undefined) {
    problems.push(
      'HINDSIGHT_MAIL_FROM: required when HINDSIGHT_SMTP_URL is set (the sender of follow-ups and reminders)',
    );
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const e = result.data;
  const dataDir = resolve(e.HINDSIGHT_DATA_DIR);
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    databaseUrl: e.DATABASE_URL ?? null,
    sqliteFile: resolve(dataDir, 'hindsight.db'),
    apiToken: e.HINDSIGHT_API_TOKEN ?? null,
    ownerName: e.HINDSIGHT_OWNER,
    maxBodyBytes: e.HINDSIGHT_MAX_BODY_BYTES,
    logLevel: e.LOG_LEVEL,
    seedDemoData: e.HINDSIGHT_DEMO === 'true' || e.HINDSIGHT_DEMO === '1',
    timeZone: e.HINDSIGHT_TIME_ZONE,
    chromiumPath: e.HINDSIGHT_CHROMIUM ?? null,
    publicUrl: (e.HINDSIGHT_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    mail: {
      smtpUrl: e.HINDSIGHT_SMTP_URL ?? null,
      from: e.HINDSIGHT_MAIL_FROM ?? 'hindsight@localhost',
    },
    jobs: {
      enabled: e.HINDSIGHT_JOBS === 'on' || e.HINDSIGHT_JOBS === 'true' || e.HINDSIGHT_JOBS === '1',
      intervalMinutes: e.HINDSIGHT_JOBS_INTERVAL,
    },
  };
}
