/** @module The permanent rule ids of the language checker, with their severity and meaning. */
import type { FindingSeverity } from '../finding.js';

export const LINT_RULES = {
  'blame-person-cause': {
    severity: 'error',
    summary: 'a person (participant, role or pronoun) is the subject of a failure verb',
  },
  'blame-human-error': {
    severity: 'error',
    summary: '"human error", "mistake by", "at fault", "to blame": a verdict on a person',
  },
  'blame-character': {
    severity: 'error',
    summary: '"careless", "negligence", "sloppy", "lack of attention": a judgement of character',
  },
  'blame-exhortation': {
    severity: 'error',
    summary: '"be more careful", "pay more attention", "remember to": asks people to try harder',
  },
  'hindsight-counterfactual': {
    severity: 'warning',
    summary: '"should have known", "obviously", "it was clear that": judged with hindsight',
  },
  'vague-open-ended-verb': {
    severity: 'error',
    summary: '"improve", "look into", "consider" … with nothing to decide or measure',
  },
  'vague-no-object': {
    severity: 'error',
    summary: 'no concrete object: which system, alert, runbook, check, dashboard or config',
  },
  'vague-no-measurable-outcome': {
    severity: 'error',
    summary: '"reduce", "speed up", "make faster" … without a number or threshold',
  },
  'vague-exhortation': {
    severity: 'error',
    summary: '"be more careful", "double-check", "keep an eye on": not a change to the system',
  },
  'suppression-without-reason': {
    severity: 'error',
    summary: 'a hindsight-ignore directive with no reason after the colon',
  },
  'suppression-unknown-rule': {
    severity: 'warning',
    summary: 'a hindsight-ignore directive naming a rule that does not exist',
  },
} as const satisfies Record<string, { severity: FindingSeverity; summary: string }>;

export type LintRuleId = keyof typeof LINT_RULES;

/** True when `id` names one of the checker's rules. */
export function isLintRuleId(id: string): id is LintRuleId {
  return Object.hasOwn(LINT_RULES, id);
}
