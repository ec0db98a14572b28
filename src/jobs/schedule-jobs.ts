/** @module Runs the sweeps every few minutes inside `hindsight serve`, never two runs at once in one process. */
import { Cron } from 'croner';
import type { JobContext } from '../usecases/sweep-context.js';
import { type JobsReport, runJobsOnce } from './run-jobs.js';

export interface ScheduledJobs {
  /** Stops the schedule and waits for a run in progress to end. */
  stop(): Promise<void>;
}

/**
 * Runs `runJobsOnce` at the next whole minute, then every `intervalMinutes`. Runs do not overlap
 * in this process (croner's protect); across replicas the sweeps' claims keep mail single.
 */
export function scheduleJobs(
  ctx: JobContext,
  intervalMinutes: number,
  onRun: (report: JobsReport) => void = () => {},
): ScheduledJobs {
  let running: Promise<unknown> = Promise.resolve();
  // Every minute with a minimum gap of the interval: croner's patterns cannot say "every 7
  // minutes" evenly, its interval option can.
  const job = new Cron(
    '* * * * *',
    {
      protect: true,
      interval: intervalMinutes * 60,
      unref: true,
      catch: (error) => ctx.logger.error({ error: String(error) }, 'the periodic jobs failed'),
    },
    async () => {
      const run = runJobsOnce(ctx).then(onRun);
      running = run.catch(() => {});
      await run;
    },
  );
  return {
    async stop() {
      job.stop();
      await running;
    },
  };
}
