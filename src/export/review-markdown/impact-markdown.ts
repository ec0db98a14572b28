/** @module The `## Impact` section: the cost inputs as a list, the estimate they give, then free notes. */
import {
  estimateCost,
  type ImpactInputs,
  validateImpactInputs,
} from '../../domain/review/index.js';
import type { SourceLine } from './list-items.js';
import {
  escapeBlockLine,
  normalizeMultiline,
  normalizeSingleLine,
  unescapeBlockLine,
} from './markdown-text.js';
import type { ReadContext } from './read-items.js';

type Figure = Exclude<keyof ImpactInputs, 'currency' | 'notes'>;

const FIGURES: [label: string, field: Figure][] = [
  ['users affected', 'usersAffected'],
  ['customers affected', 'customersAffected'],
  ['impact fraction', 'impactFraction'],
  ['duration (minutes)', 'durationMinutes'],
  ['revenue per hour', 'revenuePerHour'],
  ['responder hours', 'responderHours'],
  ['hourly rate', 'hourlyRate'],
  ['SLA credits', 'slaCredits'],
];
const NULLABLE: Figure[] = ['usersAffected', 'customersAffected', 'durationMinutes'];
const ESTIMATE = 'estimated cost';
const NUMBER = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

export function impactToMarkdown(impact: ImpactInputs): string {
  const lines = FIGURES.map(([label, field]) => `- ${label}: ${impact[field] ?? 'unknown'}`);
  lines.push(`- currency: ${normalizeSingleLine(impact.currency)}`.trimEnd());
  const cost = estimateCost(impact);
  lines.push(
    `- ${ESTIMATE}: ${cost.formula.split('; ').at(-1)!.replace('total = ', '')} (computed)`,
  );
  const notes = normalizeMultiline(impact.notes);
  if (notes === '') return lines.join('\n');
  return `${lines.join('\n')}\n\n${notes.split('\n').map(escapeBlockLine).join('\n')}`;
}

export function impactFromMarkdown(source: SourceLine[], context: ReadContext): ImpactInputs {
  const start = source.findIndex((line) => line.text.trim() !== '');
  let end = start === -1 ? 0 : start;
  while (end < source.length && source[end]!.text.startsWith('- ')) end++;
  const inputs: ImpactInputs = {
    usersAffected: null,
    customersAffected: null,
    impactFraction: 1,
    durationMinutes: null,
    revenuePerHour: 0,
    responderHours: 0,
    hourlyRate: 0,
    slaCredits: 0,
    // A hand-written file may leave the section out; new reviews start in USD too.
    currency: 'USD',
    notes: normalizeMultiline(
      source
        .slice(end)
        .map((line) => unescapeBlockLine(line.text))
        .join('\n'),
    ),
  };
  const lineOf = new Map<string, number>();
  for (const { no, text } of source.slice(start === -1 ? 0 : start, end)) {
    const match = /^- ([^:]+):(?: (.*))?$/s.exec(text);
    const label = match?.[1]?.trim();
    const value = (match?.[2] ?? '').trim();
    const figure = FIGURES.find(([known]) => known.toLowerCase() === label?.toLowerCase());
    if (label?.toLowerCase() === ESTIMATE) continue;
    if (label?.toLowerCase() === 'currency') {
      inputs.currency = value;
      lineOf.set('currency', no);
    } else if (
      figure &&
      (NUMBER.test(value) || (value === 'unknown' && NULLABLE.includes(figure[1])))
    ) {
      (inputs as Record<Figure, number | null>)[figure[1]] =
        value === 'unknown' ? null : Number(value);
      lineOf.set(figure[1], no);
    } else {
      context.problems.push({
        line: no,
        message: figure
          ? `${figure[0]}: must be a number of 0 or more${NULLABLE.includes(figure[1]) ? ' or "unknown"' : ''}, got "${value}"`
          : `expected one of ${[...FIGURES.map(([known]) => known), 'currency'].map((k) => `"${k}:"`).join(', ')}, got "${text.slice(0, 40)}"`,
      });
    }
  }
  for (const problem of validateImpactInputs(inputs)) {
    const field = problem.slice(0, problem.indexOf(':'));
    context.problems.push({ line: lineOf.get(field) ?? source[0]?.no ?? 1, message: problem });
  }
  return inputs;
}
