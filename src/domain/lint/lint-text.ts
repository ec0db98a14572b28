/** @module The language checker's entry point: blame in narratives, vagueness in action items. */
import type { Finding } from '../finding.js';
import { checkActionItem } from './check-action-item.js';
import { checkNarrative } from './check-narrative.js';
import { describeHit } from './describe-hit.js';
import { findSuppressions, isSuppressed } from './find-suppressions.js';
import type { Hit } from './hits.js';
import { LINT_RULES } from './lint-rules.js';
import { maskQuotes } from './mask-quotes.js';
import { participantPattern } from './participant-pattern.js';
import { scanText } from './scan-text.js';

export interface LintOptions {
  /** A review narrative (summary, timeline, lessons) or one action item. */
  kind: 'narrative' | 'actionItem';
  /** Names of the incident's participants, found case-sensitively as people. */
  participants?: readonly string[];
  /** Where the text lives, e.g. `lessons.wentWrong` or `actionItems.3.title`; default `text`. */
  path?: string;
}

/**
 * Checks `text` for blame and hindsight (narratives) or vagueness (action items); each finding
 * points at the exact words by character offsets into `text`.
 * @example lintText('Marta forgot to renew the cert.', { kind: 'narrative', participants: ['Marta'] })
 */
export function lintText(text: string, options: LintOptions): Finding[] {
  const path = options.path ?? 'text';
  const { suppressions, problems, masked } = findSuppressions(text);
  const scan = scanText(maskQuotes(masked));
  const names = participantPattern(options.participants ?? []);
  const hits: Hit[] = [];
  if (options.kind === 'narrative') {
    hits.push(...checkNarrative(scan, names));
  } else {
    const vague = checkActionItem(scan);
    if (vague) hits.push(vague);
    // An action item can blame too ("make sure Ravi doesn't forget again"); hindsight cannot.
    for (const hit of checkNarrative(scan, names, false)) {
      if (hit.rule !== 'hindsight-counterfactual') hits.push(hit);
    }
  }
  const findings: Finding[] = [];
  for (const hit of hits.sort((a, b) => a.start - b.start)) {
    if (isSuppressed(suppressions, hit.rule, hit.start, hit.end)) continue;
    findings.push({
      rule: hit.rule,
      severity: LINT_RULES[hit.rule].severity,
      ...describeHit(hit, text),
      where: { path, start: hit.start, end: hit.end },
    });
  }
  for (const problem of problems) {
    const rule = problem.rule;
    const about = problem.detail === '' ? 'no rule' : problem.detail;
    findings.push({
      rule,
      severity: LINT_RULES[rule].severity,
      message:
        rule === 'suppression-without-reason'
          ? `hindsight-ignore (${about}) has no reason; unexplained suppressions are not honoured.`
          : `hindsight-ignore names an unknown rule "${problem.detail}".`,
      where: { path, start: problem.start, end: problem.end },
      suggestion:
        rule === 'suppression-without-reason'
          ? 'Write the reason after a colon: <!-- hindsight-ignore blame-human-error: quoting the customer verbatim -->'
          : `Use one of: ${Object.keys(LINT_RULES).join(', ')}.`,
    });
  }
  return findings.sort((a, b) => (a.where?.start ?? 0) - (b.where?.start ?? 0));
}
