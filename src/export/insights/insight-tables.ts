/** @module Every insight as a flat table, for CSV export and the CLI: one function per insight. */
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
import type { CsvTable } from './csv-table.js';

const round = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export function responseTable(figures: readonly ResponseFigure[]): CsvTable {
  return {
    columns: [
      'period',
      'dimension',
      'value',
      'metric',
      'count',
      'excluded',
      'median_s',
      'p90_s',
      'mean_s',
      'definition',
      'incident_keys',
      'excluded_keys',
    ],
    rows: figures.map((f) => [
      f.period,
      f.dimension,
      f.value,
      f.metric,
      f.count,
      f.excluded,
      round(f.median),
      round(f.p90),
      round(f.mean),
      f.definition,
      f.incidentKeys,
      f.excludedKeys,
    ]),
  };
}

export function frequencyTable(frequency: IncidentFrequency): CsvTable {
  return {
    columns: ['period', 'incidents', 'sev1', 'sev2', 'sev3', 'sev4', 'cancelled', 'partial'],
    rows: frequency.rows.map((r) => [
      r.period,
      r.count,
      r.bySeverity.SEV1,
      r.bySeverity.SEV2,
      r.bySeverity.SEV3,
      r.bySeverity.SEV4,
      r.cancelled,
      r.partial,
    ]),
  };
}

export function followThroughTable(followThrough: FollowThrough): CsvTable {
  return {
    columns: ['period', 'created', 'done', 'verified'],
    rows: followThrough.rows.map((r) => [r.period, r.created, r.done, r.verified]),
  };
}

export function onTimeTable(followThrough: FollowThrough): CsvTable {
  return {
    columns: ['dimension', 'value', 'due', 'on_time', 'late', 'rate'],
    rows: followThrough.onTime.map((r) => [
      r.dimension,
      r.value,
      r.due,
      r.onTime,
      r.late,
      round(r.rate, 4),
    ]),
  };
}

export function overdueTable(followThrough: FollowThrough): CsvTable {
  return {
    columns: ['item_id', 'incident', 'title', 'owner', 'due_date', 'age_days'],
    rows: followThrough.overdue.items.map((i) => [
      i.id,
      i.incidentKey,
      i.title,
      i.owner,
      i.dueDate,
      i.ageDays,
    ]),
  };
}

export function completionTable(rows: readonly CompletionRow[]): CsvTable {
  return {
    columns: ['period', 'due', 'on_time', 'late', 'missing', 'rate', 'late_keys'],
    rows: rows.map((r) => [
      r.period,
      r.due,
      r.onTime,
      r.late,
      r.missing,
      round(r.rate, 4),
      r.lateKeys,
    ]),
  };
}

export function recurrenceTable(report: RecurrenceReport): CsvTable {
  return {
    columns: [
      'period',
      'incident',
      'earlier_incident',
      'shared_services',
      'shared_categories',
      'days_apart',
      'preventive_items',
      'preventive_items_status',
    ],
    rows: report.recurrences.flatMap((r) =>
      r.earlier.map((e) => [
        r.period,
        r.incidentKey,
        e.incidentKey,
        e.sharedServices,
        e.sharedCategories,
        e.daysApart,
        e.preventiveItems.map((i) => i.title),
        e.preventiveItems.map((i) => i.status),
      ]),
    ),
  };
}

export function recurrenceRateTable(report: RecurrenceReport): CsvTable {
  return {
    columns: ['period', 'assessed', 'recurring', 'rate'],
    rows: report.rows.map((r) => [r.period, r.assessed, r.recurring, round(r.rate, 4)]),
  };
}

export function patternTable(patterns: readonly PatternCell[]): CsvTable {
  return {
    columns: [
      'dimension',
      'scope',
      'value',
      'observed',
      'expected',
      'p_value',
      'significant',
      'direction',
    ],
    rows: patterns.map((p) => [
      p.dimension,
      p.scope,
      p.value,
      p.observed,
      round(p.expected, 2),
      p.pValue,
      p.significant,
      p.direction,
    ]),
  };
}

export function patternTestTable(tests: readonly DimensionTest[]): CsvTable {
  return {
    columns: ['dimension', 'scope', 'total', 'chi_square', 'df', 'p_value', 'skipped', 'baseline'],
    rows: tests.map((t) => [
      t.dimension,
      t.scope,
      t.total,
      round(t.statistic, 3),
      t.df,
      t.pValue,
      t.skipped,
      t.baseline,
    ]),
  };
}

export function errorBudgetTable(budgets: readonly Omit<ErrorBudget, 'spends'>[]): CsvTable {
  return {
    columns: [
      'service',
      'slo_target',
      'window_days',
      'budget_min',
      'consumed_min',
      'remaining_min',
      'remaining_ratio',
      'burn_rate',
      'burn_rate_7d',
      'exhausted',
      'freeze_items',
    ],
    rows: budgets.map((b) => [
      b.service,
      b.sloTarget,
      b.windowDays,
      round(b.budgetMinutes, 2),
      round(b.consumedMinutes, 2),
      round(b.remainingMinutes, 2),
      round(b.remainingFraction, 4),
      round(b.burnRate, 3),
      round(b.burnRate7d, 3),
      b.exhausted,
      b.freezeItems.map((i) => `${i.incidentKey}: ${i.title}`),
    ]),
  };
}

export function costTable(cost: DowntimeCost): CsvTable {
  return {
    columns: [
      'incident',
      'period',
      'services',
      'total',
      'lost_revenue',
      'responder_cost',
      'sla_credits',
      'currency',
      'formula',
    ],
    rows: cost.incidents.map((c) => [
      c.incidentKey,
      c.period,
      c.services,
      c.total,
      c.lostRevenue,
      c.responderCost,
      c.slaCredits,
      c.currency,
      c.formula,
    ]),
  };
}

export function costTotalsTable(cost: DowntimeCost): CsvTable {
  return {
    columns: ['dimension', 'value', 'currency', 'total', 'incidents'],
    rows: cost.totals.map((t) => [t.dimension, t.value, t.currency, t.total, t.incidents]),
  };
}
