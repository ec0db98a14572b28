/** @module Reads `hindsight-ignore RULE: reason` directives and the lines they cover. */
import { isLintRuleId, type LintRuleId } from './lint-rules.js';

/** One justified directive: which rules it silences, over which character range. */
export interface Suppression {
  rules: LintRuleId[];
  start: number;
  end: number;
}

/** A directive that cannot be honoured, with the span of the directive itself. */
export interface SuppressionProblem {
  rule: 'suppression-without-reason' | 'suppression-unknown-rule';
  start: number;
  end: number;
  detail: string;
}

export interface SuppressionScan {
  suppressions: Suppression[];
  problems: SuppressionProblem[];
  /** The text with every directive blanked out, so its own words are never linted. */
  masked: string;
}

const DIRECTIVE = /(?:<!--[ \t]*)?hindsight-ignore\b(?<body>(?:(?!-->)[^\n])*)(?:-->)?/g;
// Rules are a comma-separated list of ids; the reason follows a colon (or a spaced dash).
const BODY =
  /^[ \t]*(?<rules>[\w-]+(?:[ \t]*,[ \t]*[\w-]+)*)?[ \t]*(?:(?::|[-–—]+[ \t])(?<reason>.*))?/;

/** Finds every directive in `text`; a directive alone on its line covers the next non-blank line. */
export function findSuppressions(text: string): SuppressionScan {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  let masked = text;
  for (const match of text.matchAll(DIRECTIVE)) {
    const start = match.index;
    const end = start + match[0].length;
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
    const parts = BODY.exec(match.groups?.body ?? '')?.groups;
    const names = (parts?.rules ?? '').split(/[ \t,]+/).filter((name) => name !== '');
    const reason = (parts?.reason ?? '').trim();
    const unknown = names.filter((name) => !isLintRuleId(name));
    for (const name of unknown) {
      problems.push({ rule: 'suppression-unknown-rule', start, end, detail: name });
    }
    if (reason.length < 3 || names.length === 0) {
      problems.push({ rule: 'suppression-without-reason', start, end, detail: names.join(', ') });
      continue;
    }
    const rules = names.filter(isLintRuleId);
    if (rules.length > 0) suppressions.push({ rules, ...coveredRange(text, start, end) });
  }
  return { suppressions, problems, masked };
}

function coveredRange(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndIndex = text.indexOf('\n', end);
  const lineEnd = lineEndIndex === -1 ? text.length : lineEndIndex;
  const rest = text.slice(lineStart, start) + text.slice(end, lineEnd);
  if (rest.trim() !== '' || lineEndIndex === -1) return { start: lineStart, end: lineEnd };
  const next = /\S[^\n]*/g;
  next.lastIndex = lineEnd;
  const found = next.exec(text);
  return found ? { start: found.index, end: found.index + found[0].length } : { start, end };
}

/** True when a finding of `rule` over [start, end) is silenced by one of `suppressions`. */
export function isSuppressed(
  suppressions: Suppression[],
  rule: string,
  start: number,
  end: number,
): boolean {
  return suppressions.some(
    (s) => s.rules.some((name) => name === rule) && start >= s.start && end <= s.end,
  );
}
