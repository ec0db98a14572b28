import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDataDir, createCliDataDir, runCli } from '../../../test/support/run-cli.js';
import { seedSearchCorpus } from '../../storage/search/seed-search-corpus.js';

let data: CliDataDir;
beforeAll(async () => {
  data = await createCliDataDir();
  await data.withContext((ctx) => seedSearchCorpus(ctx.database, { workspace: ctx.workspace }));
});
afterAll(() => data.dispose());

describe('hindsight search', () => {
  it('prints each match with its snippets, matched words in brackets', async () => {
    const run = await runCli(['search', 'backoff', 'jitter'], data.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'INC-18  SEV3  Webhook deliveries retried too aggressively  (webhooks)',
        '    summary: Retries without [backoff] overloaded a partner endpoint and our own queue…',
        '    factors: Retries had no exponential [backoff] or [jitter]',
        '    actions: Retry with exponential [backoff] and [jitter]',
        '',
      ].join('\n'),
    );
  });

  it('filters by service and prints JSON on request', async () => {
    const run = await runCli(['search', 'checkout', '--service', 'orders-db', '--json'], data.env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).results.map((r: { key: string }) => r.key)).toEqual(['INC-3']);
  });

  it('exits 2 with the reason for a bad filter or an empty query', async () => {
    expect(await runCli(['search', 'x', '--severity', 'SEV9'], data.env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--severity: must be one of SEV1, SEV2, SEV3, SEV4'),
    });
    expect(await runCli(['search', '***'], data.env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('q: must contain at least one word or number'),
    });
  });
});

describe('hindsight related', () => {
  it('lists related incidents with their reasons', async () => {
    const run = await runCli(['related', 'inc-18', '--json'], data.env);
    expect(run.code).toBe(0);
    const related = JSON.parse(run.stdout) as { key: string; reasons: string[] }[];
    expect(related[0]?.reasons).toContain('shares tag queue');
  });

  it('exits 2 for a key that is not one', async () => {
    expect((await runCli(['related', 'nope'], data.env)).code).toBe(2);
  });
});
