import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliDataDir, createCliDataDir, runCli } from '../../../test/support/run-cli.js';
import { seedInsightHistory } from '../../usecases/insights-test-setup.js';

// SQLite only: the CLI opens its database from HINDSIGHT_DATA_DIR, as a user runs it.
let data: CliDataDir;
beforeAll(async () => {
  data = await createCliDataDir();
  await data.withContext((ctx) => seedInsightHistory(ctx.database.db, ctx.workspace.id));
});
afterAll(() => data.dispose());

const RANGE = ['--from', '2026-03-01T00:00:00Z', '--to', '2026-05-01T00:00:00Z', '--zone', 'UTC'];

describe('hindsight insights', () => {
  it('prints response figures as CSV with the incidents behind each', async () => {
    const run = await runCli(['insights', 'response', ...RANGE, '--csv'], data.env);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toBe(
      'period,dimension,value,metric,count,excluded,median_s,p90_s,mean_s,definition,incident_keys,excluded_keys',
    );
    expect(lines[1]).toMatch(
      /^2026-03,all,all,mttd,1,0,300,300,300,"detected − impact started, in seconds, .*",INC-1,$/,
    );
  });

  it('prints the recurrence as an aligned table by default', async () => {
    const run = await runCli(
      ['insights', 'recurrence', ...RANGE, '--table', 'recurrences'],
      data.env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      'recurrences',
      'period   incident  earlier_incident  shared_services  shared_categories  days_apart  preventive_items                       preventive_items_status',
    ]);
    expect(run.stdout).toContain(
      '2026-04  INC-2     INC-1             checkout         process            38          Stage worker config changes like code  open',
    );
  });

  it('prints JSON on --json', async () => {
    const run = await runCli(['insights', 'cost', ...RANGE, '--json'], data.env);
    expect(JSON.parse(run.stdout).totals[0]).toEqual({
      dimension: 'all',
      value: 'all',
      currency: 'EUR',
      total: 1900,
      incidents: 2,
    });
  });

  it.each([
    [
      ['--period', 'year'],
      'hindsight insights overview: --period: must be one of week, month, quarter',
    ],
    [
      ['--from', '2026-03-02T00:00:00Z', '--to', '2026-03-01T00:00:00Z'],
      'hindsight insights overview: --to: must be after from',
    ],
    [['--json', '--csv'], 'hindsight insights overview: --json and --csv: choose one'],
    [
      ['--table', 'nope'],
      'hindsight insights overview: --table: must be one of response, frequency, budgets',
    ],
  ])('exits 2 on %j with the reason', async (args, message) => {
    const run = await runCli(['insights', 'overview', ...args], data.env);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});

describe('hindsight report quarterly', () => {
  it('writes an HTML report with headings, decisions and SVG charts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-report-'));
    try {
      const out = join(dir, 'q2.html');
      const run = await runCli(
        [
          'report',
          'quarterly',
          '--quarter',
          '2026Q2',
          '--format',
          'html',
          '--zone',
          'UTC',
          '--out',
          out,
        ],
        data.env,
      );
      expect(run).toMatchObject({ code: 0, stdout: `Wrote the 2026Q2 report to ${out}\n` });
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<h1>Incident review — 2026Q2</h1>');
      expect(html).toContain('<li>Incidents: 1 (unchanged)</li>');
      expect(html).toContain('<h2>Decisions for this meeting</h2>');
      expect(html).toContain(
        '<td>INC-2</td><td>INC-1 (38 days)</td><td>checkout: process</td><td>Stage worker config changes like code [open]</td>',
      );
      expect(html.match(/<svg /g)).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints Markdown to stdout and refuses a malformed quarter', async () => {
    const run = await runCli(
      ['report', 'quarterly', '--quarter', '2026Q1', '--zone', 'UTC'],
      data.env,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Incident review — 2026Q1\n\nCompared with 2025Q4\./);
    expect(run.stdout).toContain('## What changed\n\n- Incidents: 1 (was 0: worse)');
    const bad = await runCli(['report', 'quarterly', '--quarter', 'Q3'], data.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      'hindsight report quarterly: --quarter: must be a quarter such as 2026Q3, got "Q3"',
    );
  });
});
