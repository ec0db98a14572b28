/** @module Composition root: config -> database -> migrations -> app -> HTTP listener. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import { createApp } from './api/app.js';
import { systemClock } from './clock.js';
import type { Config } from './config.js';
import { mailerFromConfig } from './jobs/mailer.js';
import { type ScheduledJobs, scheduleJobs } from './jobs/schedule-jobs.js';
import { type Database, migrateToLatest, openDatabase } from './storage/index.js';
import { seedDemoData } from './usecases/demo-data.js';
import { DEFAULT_MAX_ATTEMPTS, type JobContext, type JobLogger } from './usecases/sweep-context.js';
import { ensureDefaultWorkspace } from './usecases/workspaces.js';

export interface RunningServer {
  url: string;
  database: Database;
  close(): Promise<void>;
}

export function openConfiguredDatabase(config: Config): Database {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'sqlite', file: config.sqliteFile });
}

/** Opens and migrates the database, creates the default workspace (with demo data when new), and listens. */
export async function startServer(
  config: Config,
  logger: Logger = createLogger(config),
): Promise<RunningServer> {
  const database = openConfiguredDatabase(config);
  const migration = await migrateToLatest(database);
  if (migration.applied.length > 0)
    logger.info({ applied: migration.applied }, 'migrations applied');
  const { workspace, created } = await ensureDefaultWorkspace(
    database,
    systemClock(),
    config.timeZone,
  );
  if (created && config.seedDemoData) {
    await seedDemoData({
      database,
      workspace,
      actor: { name: 'demo', kind: 'system' },
      clock: systemClock,
    });
    logger.info('demo workspace created with example incidents');
  }
  const app = createApp({
    database,
    logger,
    clock: systemClock,
    apiToken: config.apiToken,
    ownerName: config.ownerName,
    maxBodyBytes: config.maxBodyBytes,
    chromiumPath: config.chromiumPath,
    webRoot: builtWebRoot(logger),
  });
  const jobContext = createJobContext(config, database, logger);
  const jobs = startJobs(config, jobContext);
  const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, database: database.location }, 'hindsight is serving');
  return {
    url,
    database,
    close: async () => {
      await jobs?.stop();
      await jobContext.mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/** What the periodic sweeps run with, from the configuration (`hindsight serve` and `hindsight jobs run`). */
export function createJobContext(
  config: Config,
  database: Database,
  logger: JobLogger,
): JobContext {
  return {
    database,
    mailer: mailerFromConfig(config.mail),
    clock: systemClock,
    publicUrl: config.publicUrl,
    logger,
    maxAttempts: DEFAULT_MAX_ATTEMPTS,
  };
}

function startJobs(config: Config, ctx: JobContext): ScheduledJobs | null {
  if (!config.jobs.enabled) {
    ctx.logger.info({}, 'periodic jobs are off (HINDSIGHT_JOBS=off)');
    return null;
  }
  if (!ctx.mailer.enabled) {
    ctx.logger.info(
      {},
      'mail is off (HINDSIGHT_SMTP_URL is not set): follow-ups and reminders are recorded, not sent',
    );
  }
  ctx.logger.info(
    { everyMinutes: config.jobs.intervalMinutes, mail: ctx.mailer.description },
    'periodic jobs scheduled',
  );
  return scheduleJobs(ctx, config.jobs.intervalMinutes, (report) => {
    const followUps = report.followUps.length;
    const reminders = report.reminders.length;
    if (followUps + reminders > 0) ctx.logger.info({ followUps, reminders }, 'periodic jobs ran');
  });
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: undefined });
}

/** dist/web beside the sources or the build (the same folder from src/ and dist/), when `npm run build` made it. */
function builtWebRoot(logger: Logger): string | null {
  const root = fileURLToPath(new URL('../dist/web', import.meta.url));
  if (existsSync(`${root}/index.html`)) return root;
  logger.warn('the web app is not built (run "npm run build"); serving the API only');
  return null;
}
