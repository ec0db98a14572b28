import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliDataDir, createCliDataDir, runCli } from '../../../test/support/run-cli.js';
import type { Instant } from '../../domain/instant.js';
import { createIncident } from '../../usecases/incidents.js';
import { startReview } from '../../usecases/reviews.js';
import { addTimelineEvent } from '../../usecases/timeline.js';

const at = (text: string) => text as Instant;
let data: CliDataDir;

beforeEach(async () => {
  data = await createCliDataDir();
  await data.withContext(async (ctx) => {
    const incident = await createIncident(ctx, {
      title: 'Checkout declined every card',
      severity: 'SEV1',
      services: ['checkout'],
      timeZone: 'Europe/Berlin',
    });
    await addTimelineEvent(ctx, incident.key, {
      at: at('2026-03-12T09:05:00.000Z'),
      sourceZone: 'UTC',
      kind: 'alert',
      text: 'Payment success under 50%',
      highlight: true,
    });
    await startReview(ctx, incident.key, { authors: ['Ines'] });
  });
});
afterEach(() => data.dispose());

const file = (name: string) => join(data.env.HINDSIGHT_DATA_DIR!, name);

describe('hindsight review export', () => {
  it('prints the review as Markdown with the curated timeline in the incident zone', async () => {
    const run = await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(
      run.stdout.startsWith('---\nformat: hindsight-review/1\nincident:\n  key: INC-1\n'),
    ).toBe(true);
    expect(run.stdout).toMatch(
      /\n- 2026-03-12 10:05 \+01:00 — \[alert\] Payment success under 50% \{#[^}]+\}\n/,
    );
  });

  it('prints JSON and HTML, and writes a PDF only to a file', async () => {
    const json = await runCli(['review', 'export', 'INC-1', '--format', 'json'], data.env);
    expect(JSON.parse(json.stdout).incident.key).toBe('INC-1');
    const html = await runCli(['review', 'export', 'inc-1', '--format', 'html'], data.env);
    expect(html.stdout).toContain('<h1>INC-1: Checkout declined every card</h1>');
    expect(await runCli(['review', 'export', 'INC-1', '--format', 'pdf'], data.env)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'hindsight review export: --out: a PDF is binary; give the file to write, e.g. --out review.pdf\n' +
        'usage: hindsight review export KEY --format md|html|pdf|json [--out FILE]   (pdf needs --out and Chromium; HINDSIGHT_CHROMIUM names its path)\n',
    });
  });

  it.runIf(existsSync('/usr/bin/chromium'))('writes a PDF to --out', async () => {
    const out = file('review.pdf');
    const run = await runCli(
      ['review', 'export', 'INC-1', '--format', 'pdf', '--out', out],
      data.env,
    );
    expect(run).toEqual({
      code: 0,
      stderr: '',
      stdout: `Wrote the review of INC-1 as pdf to ${out}.\n`,
    });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('says how to get Chromium when HINDSIGHT_CHROMIUM points nowhere, and exits 1', async () => {
    const env = { ...data.env, HINDSIGHT_CHROMIUM: '/nowhere/chromium' };
    const run = await runCli(
      ['review', 'export', 'INC-1', '--format', 'pdf', '--out', file('x.pdf')],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Chromium was not found at /nowhere/chromium');
    expect(run.stderr).toContain('apt-get install -y chromium');
  });

  it.each([
    [['review', 'export', 'INC-1'], '--format: must be one of md, html, pdf, json, got nothing'],
    [
      ['review', 'export', 'INC-1', '--format', 'docx'],
      '--format: must be one of md, html, pdf, json, got "docx"',
    ],
    [['review', 'export', '--format', 'md'], 'give one incident key, e.g. INC-42'],
    [
      ['review', 'export', 'incident42', '--format', 'md'],
      'KEY: "incident42" is not an incident key such as INC-42',
    ],
  ])('refuses %j with exit 2', async (argv, message) => {
    const run = await runCli(argv, data.env);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`hindsight review export: ${message}`);
  });

  it('exits 2 for an incident that does not exist', async () => {
    const run = await runCli(['review', 'export', 'INC-9', '--format', 'md'], data.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^hindsight review export: .*INC-9.*NOT_FOUND\)\n$/);
  });
});

describe('hindsight review import', () => {
  it('saves an edited file, and the stored review then exports to the same bytes again', async () => {
    const exported = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env))
      .stdout;
    const edited = exported
      .replace('## Summary\n', '## Summary\n\nAn expired certificate broke card payments.\n')
      .replace(
        '## Action items\n',
        '## Action items\n\n- Alert 14 days before internal certificates expire\n  - owner: Ines\n  - due: 2026-03-20\n  - horizon: immediate\n  - type: detect\n',
      );
    writeFileSync(file('review.md'), edited);
    expect(await runCli(['review', 'import', file('review.md')], data.env)).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'Saved the review of INC-1 (version 2): 3 why-tree(s), 0 factor(s), 1 action item(s).\n',
    });
    const second = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env)).stdout;
    expect(second).toContain('\nAn expired certificate broke card payments.\n');
    expect(second).toMatch(
      /\n- Alert 14 days before internal certificates expire \{#[^}]+\}\n {2}- owner: Ines\n {2}- due: 2026-03-20\n/,
    );
    writeFileSync(file('again.md'), second);
    expect((await runCli(['review', 'import', file('again.md')], data.env)).code).toBe(0);
    const third = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env)).stdout;
    expect(third).toBe(second);
  });

  it('reports problems with file and line, saves nothing, and exits 2', async () => {
    const exported = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env))
      .stdout;
    const broken = exported.replace(
      '## Action items\n',
      '## Action items\n\n- Rotate the certificate\n  - due: next sprint\n  - horizon: later\n  - type: prevent\n',
    );
    writeFileSync(file('broken.md'), broken);
    const line = broken.split('\n').indexOf('  - due: next sprint') + 1;
    expect(await runCli(['review', 'import', file('broken.md')], data.env)).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `${file('broken.md')}:${line}: due: must be a date (YYYY-MM-DD), got "next sprint"\n` +
        `${file('broken.md')}:${line + 1}: horizon: must be one of immediate, short, long, got "later"\n` +
        'hindsight review import: 2 problem(s); nothing was saved\n',
    });
    const after = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env)).stdout;
    expect(after).toBe(exported);
  });

  it('notes incident facts in the file that it does not apply', async () => {
    const exported = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env))
      .stdout;
    writeFileSync(file('retitled.md'), exported.replace('  severity: SEV1', '  severity: SEV2'));
    const run = await runCli(['review', 'import', file('retitled.md'), '--json'], data.env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      key: 'INC-1',
      version: 1,
      notApplied: [
        'incident severity in the file differ from INC-1 and were not applied; edit the incident itself',
      ],
    });
  });

  it('refuses a file for an incident that does not exist', async () => {
    const exported = (await runCli(['review', 'export', 'INC-1', '--format', 'md'], data.env))
      .stdout;
    writeFileSync(file('other.md'), exported.replace('  key: INC-1', '  key: INC-77'));
    const run = await runCli(['review', 'import', file('other.md')], data.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/INC-77.*NOT_FOUND\)\n$/);
  });
});
