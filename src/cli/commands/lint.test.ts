import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/run-cli.js';
import type { CliIo } from '../io.js';
import { main } from '../main.js';

const fixture = (name: string) =>
  new URL(`../../../test/fixtures/${name}`, import.meta.url).pathname;
const blaming = fixture('lint-files/blaming-review.md');
const clean = fixture('reviews/inc-42.md');

describe('hindsight lint', () => {
  it('reports blame, a vague item and missing fields at file:line:col and exits 1', async () => {
    const run = await runCli(['lint', blaming], {});
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith(blaming));
    const rules = lines.map((line) =>
      line.slice(blaming.length + 1).replace(/: .*\((.*)\)$/, ' $1'),
    );
    expect(rules).toContain('23:1 blame-person-cause');
    expect(rules.some((rule) => /^34:3 vague-/.test(rule))).toBe(true);
    expect(rules).toContain('34:3 action-missing-success-criteria');
    expect(run.stdout).toContain('  suggestion: ');
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(
      /^1 file\(s\): \d+ error\(s\), \d+ warning\(s\)$/,
    );
  });

  it('exits 0 on a review written without blame or vague items', async () => {
    const run = await runCli(['lint', clean], {});
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 file(s): 0 error(s), 0 warning(s)');
    expect(run.code).toBe(0);
  });

  it('prints GitHub workflow annotations with --format github', async () => {
    const run = await runCli(['lint', blaming, '--format', 'github'], {});
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error file=${blaming},line=23,col=1,endColumn=\\d+,title=blame-person-cause::`,
        'm',
      ),
    );
  });

  it('prints every finding with its rule, span and suggestion with --json', async () => {
    const run = await runCli(['lint', blaming, '--json'], {});
    const { files } = JSON.parse(run.stdout);
    const blame = files[0].findings.find((f: { rule: string }) => f.rule === 'blame-person-cause');
    expect(blame).toMatchObject({
      severity: 'error',
      line: 23,
      column: 1,
      where: { path: 'summary' },
    });
    expect(typeof blame.suggestion).toBe('string');
  });

  it('reads standard input for -', async () => {
    let stdout = '';
    const io: CliIo = {
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      env: {},
      stopSignal: new Promise(() => {}),
      readStdin: async () => readFileSync(blaming, 'utf8'),
    };
    expect(await main(['lint', '-'], io)).toBe(1);
    expect(stdout).toContain('-:23:1: error: ');
  });

  it('exits 2 with the line when a file is not a review', async () => {
    const run = await runCli(['lint', fixture('postmortem-docs/blog-post.md')], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /blog-post\.md:2: error: format: must be hindsight-review\/1 \(markdown\)/,
    );
  });

  it('exits 2 without files or with an unknown format', async () => {
    expect((await runCli(['lint'], {})).code).toBe(2);
    const format = await runCli(['lint', clean, '--format', 'xml'], {});
    expect([format.code, format.stderr.split('\n')[0]]).toEqual([
      2,
      'hindsight lint: --format: must be one of text, json, github',
    ]);
  });
});
