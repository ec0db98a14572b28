/** @module The Insights screen: learning across incidents over a range of dates, by week, month or quarter. */
import { useEffect, useMemo } from 'react';
import { useInsightsOverview, usePatternInsights, useWorkspace } from '../client/index.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { navigate, useLocation } from '../lib/router.js';
import { zoneLabel } from '../lib/zoned-time.js';
import { BudgetsSection } from './budgets-section.js';
import { CostSection } from './cost-section.js';
import { FollowThroughSection, ReviewCompletionSection } from './follow-through-section.js';
import { FrequencySection } from './frequency-section.js';
import {
  defaultInsightRange,
  INSIGHT_PERIODS,
  type InsightRange,
  insightParamsOf,
  rangeFromSearch,
  searchOfRange,
} from './insight-range.js';
import { PatternsSection } from './patterns-section.js';
import { RecurrenceSection } from './recurrence-section.js';
import { ResponseSection } from './response-section.js';
import { ResponseSlicesSection } from './response-slices-section.js';

const PERIOD_LABELS = { week: 'Week', month: 'Month', quarter: 'Quarter' } as const;

export function InsightsPage() {
  const { search } = useLocation();
  const workspace = useWorkspace();
  const zone = workspace.data?.timeZone ?? 'UTC';
  const range = useMemo(
    () => rangeFromSearch(search, defaultInsightRange(Date.now(), zone)),
    [search, zone],
  );
  const params = insightParamsOf(range, zone);
  // Both hooks always run; an invalid range asks for nothing new and keeps the last figures.
  const fallback = insightParamsOf(defaultInsightRange(Date.now(), zone), zone)!;
  // The range is in the workspace zone, so nothing is asked before the workspace is known.
  const known = workspace.data !== undefined;
  const overview = useInsightsOverview(params ?? fallback, known);
  const patterns = usePatternInsights(params ?? fallback, known);

  useEffect(() => {
    document.title = 'Insights · Hindsight';
    return () => {
      document.title = 'Hindsight';
    };
  }, []);

  const change = (patch: Partial<InsightRange>) =>
    navigate(`/insights${searchOfRange({ ...range, ...patch }, search)}`, { replace: true });
  const data = overview.data;

  return (
    <main id="main" className="page insights-page">
      <div className="page-head">
        <div>
          <h1>Insights</h1>
          <p className="muted">
            What the incidents of a period say together: how fast the response was, whether the
            follow-up happened, and what keeps coming back.
          </p>
        </div>
      </div>
      <search className="filter-bar insight-controls" aria-label="Range of the insights">
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={range.fromDate}
            onChange={(event) => event.target.value && change({ fromDate: event.target.value })}
          />
        </label>
        <label className="field">
          <span>To (inclusive)</span>
          <input
            type="date"
            value={range.toDate}
            onChange={(event) => event.target.value && change({ toDate: event.target.value })}
          />
        </label>
        <label className="field">
          <span>Per</span>
          <select
            value={range.period}
            onChange={(event) => change({ period: event.target.value as InsightRange['period'] })}
          >
            {INSIGHT_PERIODS.map((period) => (
              <option key={period} value={period}>
                {PERIOD_LABELS[period]}
              </option>
            ))}
          </select>
        </label>
        <p className="muted small-print zone-note">
          Dates and periods in <strong>{zoneLabel(zone)}</strong>, the workspace time zone.
        </p>
      </search>
      {params === null && (
        <p className="error-note" role="alert">
          The range ends before it starts: pick a “To” date on or after the “From” date.
        </p>
      )}
      <ErrorNote error={overview.error ?? workspace.error} />
      {!data ? (
        !overview.error &&
        !workspace.error && (
          <p className="muted" aria-live="polite">
            Computing insights…
          </p>
        )
      ) : data.frequency.total === 0 ? (
        <EmptyState title="No incidents in this range">
          <p>
            Insights are computed from incidents: their milestones give response times, their
            reviews give factors, costs and action items. Widen the range, or declare incidents and
            set their milestones as they happen.
          </p>
          <Link href="/" className="button">
            Go to incidents
          </Link>
        </EmptyState>
      ) : (
        <div className="insight-grid">
          {data.frequency.total < 5 && (
            <p className="insight-note wide">
              Only {data.frequency.total} incident{data.frequency.total === 1 ? '' : 's'} in this
              range: the figures describe them, but say little about a trend. Medians steady after a
              few dozen incidents, and patterns are tested from 20.
            </p>
          )}
          <ResponseSection overview={data} params={params ?? fallback} />
          <ResponseSlicesSection params={params ?? fallback} />
          <FrequencySection overview={data} params={params ?? fallback} />
          <FollowThroughSection overview={data} params={params ?? fallback} />
          <ReviewCompletionSection overview={data} params={params ?? fallback} />
          <RecurrenceSection overview={data} params={params ?? fallback} />
          <BudgetsSection overview={data} params={params ?? fallback} />
          <CostSection overview={data} params={params ?? fallback} />
          <PatternsSection
            patterns={patterns.data}
            error={patterns.error}
            params={params ?? fallback}
          />
        </div>
      )}
    </main>
  );
}
