/** @module Response metrics: MTTD, MTTA, MTTM and MTTR per period as a chart and a table, each with its definition. */
import type { InsightParams } from '../client/insight-queries.js';
import type { InsightMetric, InsightsOverview, ResponseFigureView } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { formatDuration } from '../lib/format-duration.js';
import { BarChart } from './bar-chart.js';
import { durationScale } from './chart-scale.js';
import { CsvLink } from './csv-link.js';
import { METRIC_LABELS } from './format-insight.js';
import { IncidentKeys } from './incident-keys.js';

const METRICS: readonly InsightMetric[] = ['mttd', 'mtta', 'mttm', 'mttr'];

function show(seconds: number | null): string {
  return seconds === null ? '—' : formatDuration(seconds);
}

export function ResponseSection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const figures = overview.response.figures;
  const figureOf = (period: string, metric: InsightMetric): ResponseFigureView | undefined =>
    figures.find((f) => f.period === period && f.metric === metric);
  const totals = METRICS.map((metric) => figureOf('total', metric));
  const measured = totals.some((figure) => (figure?.count ?? 0) > 0);
  const largest = Math.max(0, ...figures.map((f) => f.p90 ?? f.median ?? 0));
  const periodWord = overview.range.period;

  return (
    <section className="card insight-card wide" aria-labelledby="response-title">
      <div className="section-head">
        <h2 id="response-title">Response times</h2>
        <CsvLink
          path="/insights/overview"
          table="response"
          params={params}
          label="response times"
        />
      </div>
      {!measured ? (
        <EmptyState title="No response time can be measured yet">
          <p>
            Each figure needs two milestones on an incident: time to detect needs{' '}
            <em>impact started</em> and <em>detected</em>, time to acknowledge needs{' '}
            <em>detected</em> and <em>acknowledged</em>, and so on. Set them in the Milestones panel
            of each incident in this range.
          </p>
        </EmptyState>
      ) : (
        <>
          <BarChart
            label={`Median response times per ${periodWord}, with the 90th percentile marked`}
            series={METRICS.map((metric) => ({ key: metric, label: METRIC_LABELS[metric].short }))}
            groups={overview.periods.map((period) => ({
              label: period.key,
              note: period.partial ? 'partial' : undefined,
              values: METRICS.map((metric) => {
                const figure = figureOf(period.key, metric);
                if (!figure || figure.median === null) return null;
                return {
                  value: figure.median,
                  mark: figure.p90,
                  title: `${METRIC_LABELS[metric].short} ${period.key}: median ${show(figure.median)}, p90 ${show(figure.p90)}, ${figure.count} incident${figure.count === 1 ? '' : 's'}`,
                };
              }),
            }))}
            scale={durationScale(largest)}
            formatTick={(seconds) => (seconds === 0 ? '0' : formatDuration(seconds))}
            markLabel="90th percentile"
          />
          <div className="table-scroll">
            <table className="insight-table">
              <caption className="visually-hidden">
                Median and 90th percentile of each response time per {periodWord}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  {METRICS.map((metric) => (
                    <th key={metric} scope="col" colSpan={2}>
                      {METRIC_LABELS[metric].short} median · p90
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...overview.periods.map((p) => p.key), 'total'].map((period) => (
                  <tr key={period} className={period === 'total' ? 'total-row' : undefined}>
                    <th scope="row">{period === 'total' ? 'Whole range' : period}</th>
                    {METRICS.map((metric) => {
                      const figure = figureOf(period, metric);
                      return [
                        <td key={`${metric}-median`} className="number">
                          {show(figure?.median ?? null)}
                        </td>,
                        <td key={`${metric}-p90`} className="number muted">
                          {show(figure?.p90 ?? null)}
                        </td>,
                      ];
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <dl className="metric-definitions">
        {METRICS.map((metric, i) => {
          const total = totals[i];
          return (
            <div key={metric}>
              <dt>
                {METRIC_LABELS[metric].short} · {METRIC_LABELS[metric].name}
              </dt>
              <dd>
                <p className="muted small-print">{total?.definition}</p>
                <p className="small-print">
                  Over {total?.count ?? 0} incident{total?.count === 1 ? '' : 's'}:{' '}
                  <IncidentKeys
                    keys={total?.incidentKeys ?? []}
                    more={total?.keysTruncated ?? false}
                  />
                  . Left out for missing milestones: {total?.excluded ?? 0}
                  {(total?.excludedKeys.length ?? 0) > 0 && (
                    <>
                      {' '}
                      (<IncidentKeys keys={total?.excludedKeys ?? []} />)
                    </>
                  )}
                  .
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
      {overview.response.cancelled > 0 && (
        <p className="muted small-print">
          {overview.response.cancelled} cancelled incident
          {overview.response.cancelled === 1 ? ' is' : 's are'} left out of every figure.
        </p>
      )}
    </section>
  );
}
