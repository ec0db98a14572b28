/** @module The quarterly pattern review for a leadership meeting: what changed, what to decide, and the figures behind it. */
import type {
  CompletionRow,
  DimensionTest,
  DowntimeCost,
  ErrorBudget,
  FollowThrough,
  IncidentFrequency,
  PatternCell,
  RecurrenceReport,
  ResponseFigure,
} from '../../domain/insights/index.js';
import type { ReportBlock } from './report-blocks.js';
import { barChartSvg } from './svg-charts.js';

export interface QuarterSummary {
  incidents: number;
  mttrMedianSeconds: number | null;
  recurrenceRate: number | null;
  onTimeRate: number | null;
  costTotal: number;
  currency: string | null;
}

export interface QuarterlyReportData {
  quarter: string;
  previousQuarter: string;
  zone: string;
  generatedAt: string;
  current: QuarterSummary;
  previous: QuarterSummary;
  response: readonly ResponseFigure[];
  frequency: IncidentFrequency;
  followThrough: FollowThrough;
  completion: readonly CompletionRow[];
  recurrence: RecurrenceReport;
  patterns: readonly PatternCell[];
  patternTests: readonly DimensionTest[];
  budgets: readonly Omit<ErrorBudget, 'spends'>[];
  cost: DowntimeCost;
}

/** `1h 5m`, `42m`, `n/a`. */
export function formatMinutes(seconds: number | null): string {
  if (seconds === null) return 'n/a';
  const minutes = Math.round(seconds / 60);
  return minutes >= 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${minutes}m`;
}

const percent = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value * 100)}%`);
const money = (value: number, currency: string | null) =>
  `${value.toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${currency ? ` ${currency}` : ''}`;

function change(
  now: number | null,
  before: number | null,
  format: (v: number) => string,
  lowerIsBetter: boolean,
): string {
  if (now === null || before === null)
    return `${now === null ? 'n/a' : format(now)} (no comparison)`;
  if (now === before) return `${format(now)} (unchanged)`;
  const better = now < before === lowerIsBetter;
  return `${format(now)} (was ${format(before)}: ${better ? 'better' : 'worse'})`;
}

/** The report as blocks: headline, decisions, then one section per insight with its chart and definition. */
export function buildQuarterlyReport(data: QuarterlyReportData): ReportBlock[] {
  const { current: now, previous: before } = data;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: `Incident review — ${data.quarter}` },
    {
      kind: 'paragraph',
      text: `Compared with ${data.previousQuarter}. Periods are calendar months in ${data.zone}. Generated ${data.generatedAt}.`,
    },
    { kind: 'heading', level: 2, text: 'What changed' },
    {
      kind: 'list',
      items: [
        `Incidents: ${change(now.incidents, before.incidents, String, true)}`,
        `Median time to resolve: ${change(now.mttrMedianSeconds, before.mttrMedianSeconds, formatMinutes, true)}`,
        `Recurrence rate: ${change(now.recurrenceRate, before.recurrenceRate, (v) => percent(v), true)}`,
        `Action items on time: ${change(now.onTimeRate, before.onTimeRate, (v) => percent(v), false)}`,
        `Cost of downtime: ${change(now.costTotal, before.costTotal, (v) => money(v, now.currency), true)}`,
      ],
    },
    { kind: 'heading', level: 2, text: 'Decisions for this meeting' },
    { kind: 'list', items: decisionsOf(data) },
  ];

  const totals = data.response.filter(
    (f) => f.period === 'total' && (f.dimension === 'all' || f.dimension === 'severity'),
  );
  blocks.push(
    { kind: 'heading', level: 2, text: 'Response' },
    {
      kind: 'chart',
      svg: barChartSvg(
        'Incidents per month',
        data.frequency.rows.map((r) => ({ label: r.period, value: r.count })),
      ),
    },
    {
      kind: 'chart',
      svg: barChartSvg(
        'Median time to resolve per month (minutes)',
        data.frequency.rows.map((r) => {
          const figure = data.response.find(
            (f) => f.period === r.period && f.dimension === 'all' && f.metric === 'mttr',
          );
          return {
            label: r.period,
            value: figure?.median == null ? null : Math.round(figure.median / 60),
          };
        }),
      ),
    },
    {
      kind: 'table',
      columns: ['slice', 'metric', 'incidents', 'excluded', 'median', 'p90', 'mean'],
      rows: totals.map((f) => [
        f.value,
        f.metric.toUpperCase(),
        String(f.count),
        String(f.excluded),
        formatMinutes(f.median),
        formatMinutes(f.p90),
        formatMinutes(f.mean),
      ]),
    },
    {
      kind: 'paragraph',
      text: `Trend: ${data.frequency.trend.direction}${data.frequency.trend.slopePerPeriod === null ? '' : ` (${data.frequency.trend.slopePerPeriod.toFixed(1)} incidents per month, per month)`}. Cancelled incidents are left out of every figure; an incident missing a milestone is left out of that figure and counted as excluded.`,
    },
    { kind: 'heading', level: 2, text: 'Follow-through' },
    {
      kind: 'table',
      columns: ['month', 'items created', 'done', 'verified'],
      rows: data.followThrough.rows.map((r) => [
        r.period,
        String(r.created),
        String(r.done),
        String(r.verified),
      ]),
    },
    {
      kind: 'table',
      columns: ['team', 'due', 'on time', 'rate'],
      rows: data.followThrough.onTime
        .filter((r) => r.dimension !== 'service')
        .map((r) => [r.value, String(r.due), String(r.onTime), percent(r.rate)]),
    },
    {
      kind: 'paragraph',
      text: `Overdue backlog: ${data.followThrough.overdue.count} items (median ${data.followThrough.overdue.medianAgeDays ?? 'n/a'} days past due, oldest ${data.followThrough.overdue.maxAgeDays ?? 'n/a'}). Reviews published within policy: ${percent(data.completion.at(-1)?.rate ?? null)}.`,
    },
    { kind: 'heading', level: 2, text: 'Recurrence' },
    { kind: 'paragraph', text: data.recurrence.definition },
  );
  if (data.recurrence.recurrences.length === 0)
    blocks.push({ kind: 'paragraph', text: 'No incident recurred this quarter.' });
  else {
    blocks.push({
      kind: 'table',
      columns: ['incident', 'recurs after', 'shared', 'meant to prevent it'],
      rows: data.recurrence.recurrences.flatMap((r) =>
        r.earlier.map((e) => [
          r.incidentKey,
          `${e.incidentKey} (${e.daysApart} days)`,
          `${e.sharedServices.join(', ')}: ${e.sharedCategories.join(', ')}`,
          e.preventiveItems.map((i) => `${i.title} [${i.status}]`).join('; ') ||
            'no item addressed it',
        ]),
      ),
    });
  }
  const significant = data.patterns.filter((p) => p.significant);
  blocks.push(
    { kind: 'heading', level: 2, text: 'Patterns' },
    {
      kind: 'paragraph',
      text:
        significant.length === 0
          ? 'No pattern stood out from chance this quarter (hour, weekday, deploy window, factor category, detection source).'
          : 'These differ from their baseline by more than chance explains:',
    },
  );
  if (significant.length > 0) {
    blocks.push({
      kind: 'table',
      columns: ['dimension', 'value', 'observed', 'expected', 'p-value'],
      rows: significant.map((p) => [
        p.scope ? `${p.dimension} (${p.scope})` : p.dimension,
        p.value,
        String(p.observed),
        p.expected.toFixed(1),
        (p.pValue ?? 1).toPrecision(2),
      ]),
    });
  }
  const untested = data.patternTests.filter((t) => t.skipped !== null);
  if (untested.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `Not tested: ${untested.map((t) => `${t.dimension}${t.scope ? ` (${t.scope})` : ''} — ${t.skipped}`).join('; ')}.`,
    });
  blocks.push(
    { kind: 'heading', level: 2, text: 'Error budgets' },
    data.budgets.length === 0
      ? { kind: 'paragraph', text: 'No service in the catalog has an SLO target.' }
      : {
          kind: 'table',
          columns: ['service', 'SLO', 'window', 'remaining', 'burn rate', 'state'],
          rows: data.budgets.map((b) => [
            b.service,
            `${(b.sloTarget * 100).toFixed(2)}%`,
            `${b.windowDays} days`,
            percent(b.remainingFraction),
            b.burnRate.toFixed(2),
            b.exhausted ? 'exhausted' : 'ok',
          ]),
        },
    { kind: 'heading', level: 2, text: 'Cost of downtime' },
    {
      kind: 'table',
      columns: ['incident', 'cost', 'formula'],
      rows: data.cost.incidents
        .slice(0, 10)
        .map((c) => [c.incidentKey, money(c.total, c.currency), c.formula]),
    },
    {
      kind: 'paragraph',
      text: `${data.cost.unestimatedKeys.length} incidents have no review yet, so no cost estimate. ${data.cost.definition}.`,
    },
  );
  return blocks;
}

function decisionsOf(data: QuarterlyReportData): string[] {
  const decisions: string[] = [];
  for (const budget of data.budgets.filter((b) => b.exhausted)) {
    decisions.push(
      `${budget.service}: error budget exhausted — confirm the feature freeze until these items are verified: ${budget.freezeItems.map((i) => `${i.incidentKey} “${i.title}”`).join(', ') || 'none open'}.`,
    );
  }
  const unverifiedPrevention = data.recurrence.recurrences.filter((r) =>
    r.earlier.some((e) => e.preventiveItems.some((i) => i.status !== 'verified')),
  );
  if (unverifiedPrevention.length > 0) {
    decisions.push(
      `${unverifiedPrevention.length} incidents recurred while the fix meant to prevent them was not verified: decide whether to prioritise those items.`,
    );
  }
  if (data.followThrough.overdue.count > 0) {
    decisions.push(
      `${data.followThrough.overdue.count} action items are overdue: re-commit dates with their owners or close them as won’t do with a reason.`,
    );
  }
  for (const pattern of data.patterns.filter((p) => p.significant && p.direction === 'more')) {
    decisions.push(
      `More incidents than expected at ${pattern.dimension} = ${pattern.value}${pattern.scope ? ` (${pattern.scope})` : ''}: decide who investigates.`,
    );
  }
  return decisions.length > 0
    ? decisions
    : [
        'Nothing needs a decision: no budget exhausted, no overdue item, no recurrence with an unverified fix.',
      ];
}
