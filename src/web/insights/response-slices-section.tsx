/** @module Response times per severity, service or team over the whole range, slowest first, with the incidents behind each count. */
import { type InsightParams, useResponseInsights } from '../client/insight-queries.js';
import type { InsightMetric, ResponseFigure } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { formatDuration } from '../lib/format-duration.js';
import { navigate, useLocation } from '../lib/router.js';
import { CsvLink } from './csv-link.js';
import { METRIC_LABELS } from './format-insight.js';
import { IncidentCount } from './incident-count.js';
import { findOverallFigure, rankResponseSlices } from './rank-response-slices.js';
import {
  SLICE_BYS,
  SLICE_METRICS,
  type SliceBy,
  type SliceView,
  searchWithSliceView,
  sliceViewFromSearch,
} from './slice-view.js';

const BY_LABELS: Record<SliceBy, { button: string; noun: string }> = {
  severity: { button: 'Severity', noun: 'severity' },
  service: { button: 'Service', noun: 'service' },
  team: { button: 'Team', noun: 'owning team' },
};

const NO_SLICES: Record<SliceBy, string> = {
  severity: 'No incident in this range has a severity to group by.',
  service:
    'No incident in this range names an affected service. Add the services to each incident to compare them here.',
  team: 'No incident in this range is on a service with an owning team. Give each service its owning team in the service catalog to compare teams here.',
};

function show(seconds: number | null): string {
  return seconds === null ? '—' : formatDuration(seconds);
}

export function ResponseSlicesSection({ params }: { params: InsightParams }) {
  const { pathname, search } = useLocation();
  const view = sliceViewFromSearch(search);
  // Asked for only once this section is on screen: it carries every key of every slice.
  const response = useResponseInsights(params);
  const change = (patch: Partial<SliceView>) =>
    navigate(`${pathname}${searchWithSliceView(search, { ...view, ...patch })}`, {
      replace: true,
    });
  const figures = response.data?.figures ?? [];
  const rows = rankResponseSlices(figures, view.by, view.metric);
  const overall = findOverallFigure(figures, view.metric);
  const metric = METRIC_LABELS[view.metric];
  const noun = BY_LABELS[view.by].noun;
  const cancelled = response.data?.cancelledKeys.length ?? 0;
  const notes = [
    view.by === 'service' && 'An incident on several services counts in the row of each.',
    view.by === 'team' &&
      'An incident on services of several teams counts in the row of each; incidents on services without an owning team are in no row.',
    cancelled > 0 &&
      `${cancelled} cancelled incident${cancelled === 1 ? ' is' : 's are'} left out of every row.`,
  ].filter((note): note is string => typeof note === 'string');

  return (
    <section className="card insight-card wide" aria-labelledby="slices-title">
      <div className="section-head">
        <h2 id="slices-title">Response times by severity, service and team</h2>
        <CsvLink
          path="/insights/response"
          table="response"
          params={params}
          label="response times per period, severity, service and team"
        />
      </div>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Slice by</legend>
          {SLICE_BYS.map((by) => (
            <label key={by}>
              <input
                type="radio"
                name="slice-by"
                checked={view.by === by}
                onChange={() => change({ by })}
              />
              {BY_LABELS[by].button}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend className="visually-hidden">Response time</legend>
          {SLICE_METRICS.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="slice-metric"
                checked={view.metric === m}
                onChange={() => change({ metric: m })}
              />
              {METRIC_LABELS[m].short}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="small-print slice-definition">
        <strong>
          {metric.short} · {metric.name}
        </strong>{' '}
        <span className="muted">{overall?.definition ?? rows[0]?.definition}</span>
      </p>
      <ErrorNote error={response.error} />
      {!response.data ? (
        !response.error && (
          <p className="muted" aria-live="polite">
            Computing response times per {noun}…
          </p>
        )
      ) : rows.length === 0 ? (
        <EmptyState title={`No ${noun} to compare`}>
          <p>{NO_SLICES[view.by]}</p>
        </EmptyState>
      ) : (
        <SliceTable rows={rows} overall={overall} by={view.by} metric={view.metric} />
      )}
      {notes.length > 0 && <p className="muted small-print">{notes.join(' ')}</p>}
    </section>
  );
}

function SliceTable({
  rows,
  overall,
  by,
  metric,
}: {
  rows: ResponseFigure[];
  overall: ResponseFigure | undefined;
  by: SliceBy;
  metric: InsightMetric;
}) {
  const { short, name } = METRIC_LABELS[metric];
  const slowest = Math.max(0, ...rows.map((row) => row.median ?? 0));
  return (
    <div className="table-scroll">
      <table className="insight-table slice-table">
        <caption className="visually-hidden">
          {name} per {BY_LABELS[by].noun} over the whole range, slowest median first
        </caption>
        <thead>
          <tr>
            <th scope="col">{BY_LABELS[by].button}</th>
            <th scope="col">{short} median</th>
            <th scope="col">{short} p90</th>
            <th scope="col">Measured</th>
            <th scope="col">Left out (missing milestone)</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <SliceRow key={row.value} figure={row} label={row.value} slowest={slowest} />
          ))}
          {overall && <SliceRow figure={overall} label="All incidents" slowest={slowest} total />}
        </tbody>
      </table>
    </div>
  );
}

function SliceRow({
  figure,
  label,
  slowest,
  total = false,
}: {
  figure: ResponseFigure;
  label: string;
  slowest: number;
  total?: boolean;
}) {
  const share = figure.median === null || slowest === 0 ? 0 : (figure.median / slowest) * 100;
  const of = total ? 'of all incidents' : `for ${label}`;
  return (
    <tr className={total ? 'total-row' : undefined}>
      <th scope="row">{label}</th>
      <td className="number slice-median">
        {show(figure.median)}
        {!total && (
          <span className="slice-bar" aria-hidden="true">
            <span style={{ width: `${share}%` }} />
          </span>
        )}
      </td>
      <td className="number muted">{show(figure.p90)}</td>
      <td className="number">
        <IncidentCount
          count={figure.count}
          keys={figure.incidentKeys}
          label={`incidents measured ${of}: show them`}
        />
      </td>
      <td className="number">
        <IncidentCount
          count={figure.excluded}
          keys={figure.excludedKeys}
          label={`incidents ${of} left out for a missing milestone: show them`}
        />
      </td>
    </tr>
  );
}
