/** @module `hindsight lint FILE.md… | -`: blame, vagueness and missing action-item fields in reviews-as-code files. */
import { readFile } from 'node:fs/promises';
import {
  type LocatedFinding,
  lintReviewFile,
} from '../../export/review-lint/lint-review-document.js';
import type { Command } from '../command.js';
import { EXIT, UsageError } from '../io.js';
import { parseOptions } from '../parse-options.js';

const FORMATS = ['text', 'json', 'github'] as const;
type Format = (typeof FORMATS)[number];

interface FileResult {
  file: string;
  findings: LocatedFinding[];
  problems: { line: number; message: string }[];
}

export const lintCommand: Command = {
  name: 'lint',
  summary:
    'Check reviews-as-code files for blame, vague action items and missing fields (exit 1 on errors)',
  usage: 'hindsight lint FILE.md… | - [--json | --format text|json|github]',
  async run(args, io) {
    const { values, positionals } = parseOptions(
      args,
      { json: { type: 'boolean' }, format: { type: 'string' } },
      true,
    );
    if (positionals.length === 0)
      throw new UsageError('give one or more review files, or - for standard input');
    const format: Format = values.json ? 'json' : ((values.format ?? 'text') as Format);
    if (!FORMATS.includes(format))
      throw new UsageError(`--format: must be one of ${FORMATS.join(', ')}`);
    const results: FileResult[] = [];
    for (const file of positionals) {
      const source = await readSource(file, io.readStdin);
      const lint = lintReviewFile(source);
      results.push(
        'problems' in lint
          ? { file, findings: [], problems: lint.problems }
          : { file, findings: lint.findings, problems: [] },
      );
    }
    io.stdout(render(results, format));
    if (results.some((r) => r.problems.length > 0)) return EXIT.usage;
    return results.some((r) => r.findings.some((f) => f.severity === 'error'))
      ? EXIT.failed
      : EXIT.ok;
  },
};

async function readSource(
  file: string,
  readStdin: (() => Promise<string>) | undefined,
): Promise<string> {
  if (file === '-') {
    if (!readStdin) throw new UsageError('-: standard input is not available here');
    return readStdin();
  }
  return readFile(file, 'utf8').catch(() => {
    throw new UsageError(`${file}: cannot be read`);
  });
}

function render(results: FileResult[], format: Format): string {
  if (format === 'json') {
    return `${JSON.stringify({ files: results.map(({ file, findings, problems }) => ({ file, findings, problems })) }, null, 2)}\n`;
  }
  const lines: string[] = [];
  for (const { file, findings, problems } of results) {
    for (const problem of problems) {
      lines.push(
        format === 'github'
          ? `::error file=${file},line=${problem.line},title=unreadable review::${escapeGithub(problem.message)}`
          : `${file}:${problem.line}: error: ${problem.message} (markdown)`,
      );
    }
    for (const f of findings) {
      if (format === 'github') {
        const level = f.severity === 'info' ? 'notice' : f.severity;
        const text = f.suggestion ? `${f.message} — ${f.suggestion}` : f.message;
        lines.push(
          `::${level} file=${file},line=${f.line},col=${f.column},endColumn=${f.endColumn},title=${f.rule}::${escapeGithub(text)}`,
        );
      } else {
        lines.push(`${file}:${f.line}:${f.column}: ${f.severity}: ${f.message} (${f.rule})`);
        if (f.suggestion) lines.push(`  suggestion: ${f.suggestion}`);
      }
    }
  }
  if (format === 'text') {
    const count = (severity: string) =>
      results.reduce((n, r) => n + r.findings.filter((f) => f.severity === severity).length, 0);
    const unreadable = results.filter((r) => r.problems.length > 0).length;
    lines.push(
      `${results.length} file(s): ${count('error')} error(s), ${count('warning')} warning(s)` +
        (unreadable > 0 ? `, ${unreadable} could not be read` : ''),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** GitHub workflow commands end a message at a newline and treat % specially. */
function escapeGithub(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
