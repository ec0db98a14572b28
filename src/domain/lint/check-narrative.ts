/** @module The blame and hindsight rules for review narratives (summary, timeline, lessons). */
import { CHARACTER, EXHORTATION, HINDSIGHT, HUMAN_ERROR } from './blame-lexicon.js';
import { findPersonBlame } from './find-person-blame.js';
import { type Hit, isNegated, isOverlapping, locateMatches } from './hits.js';
import type { LintRuleId } from './lint-rules.js';
import type { ScannedText } from './scan-text.js';

const LEXICON_RULES: [RegExp, LintRuleId][] = [
  [HUMAN_ERROR, 'blame-human-error'],
  [CHARACTER, 'blame-character'],
  [EXHORTATION, 'blame-exhortation'],
];

/**
 * Every blame hit (errors) and hindsight hit (warnings) in a narrative; `names` finds the
 * incident's participants. `exhortations: false` leaves appeals to the action-item rules.
 */
export function checkNarrative(
  scan: ScannedText,
  names: RegExp | null,
  exhortations = true,
): Hit[] {
  const hits = findPersonBlame(scan, names);
  for (const [pattern, rule] of LEXICON_RULES) {
    if (rule === 'blame-exhortation' && !exhortations) continue;
    for (const match of locateMatches(pattern, scan.lower, scan.tokens)) {
      if (!isNegated(scan, match)) hits.push({ rule, start: match.start, end: match.end });
    }
  }
  const errors = hits.slice();
  for (const match of locateMatches(HINDSIGHT, scan.lower, scan.tokens)) {
    if (isNegated(scan, match) || errors.some((hit) => isOverlapping(match, hit))) continue;
    hits.push({ rule: 'hindsight-counterfactual', start: match.start, end: match.end });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}
