import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDataDir, createCliDataDir, runCli } from '../../../test/support/run-cli.js';
import type { Instant } from '../../domain/instant.js';
import { item, seedPublishedReview } from '../../usecases/sweep-test-setup.js';

// Long past, so the follow-up and the item are due whatever day the test runs on.
const LONG_AGO = '2020-01-15T09:00:00.000Z' as Instant;

let dataDir: CliDataDir;
beforeAll(async () => {
  dataDir = await createCliDataDir();
  await dataDir.withContext((ctx) =>
    seedPublishedReview(
      ctx.database,
      ctx.workspace,
      900,
      [item({ title: 'Alert on queue age', owner: 'kim@example.test', dueDate: '2020-01-20' })],
      {},
      LONG_AGO,
    ),
  );
});
afterAll(() => dataDir.dispose());

describe('hindsight jobs run', () => {
  it('records what it would ask when mail is off, then finds nothing more to do', async () => {
    const first = await runCli(['jobs', 'run'], dataDir.env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('(mail: off)');
    expect(first.stdout).toContain(
      'INC-900 to ana@example.test, ravi@example.test, kim@example.test: recorded, not sent (mail is off)',
    );
    expect(first.stdout).toMatch(
      /kim@example\.test \(default, \d{4}-\d{2}-\d{2}\), 1 item\(s\): recorded, not sent \(mail is off\)/,
    );
    const second = await runCli(['jobs', 'run', '--json'], dataDir.env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      mail: 'off',
      followUps: [],
      reminders: [],
      errors: [],
    });
  });

  it('says clearly when the mail settings are wrong', async () => {
    const run = await runCli(['jobs', 'run'], {
      ...dataDir.env,
      HINDSIGHT_SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('HINDSIGHT_MAIL_FROM: required when HINDSIGHT_SMTP_URL is set');
  });
});
