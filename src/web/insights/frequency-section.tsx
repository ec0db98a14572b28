/** @module Incident frequency: how many incidents each period, by severity, and which way the count is heading. */
import type { InsightParams } from '../client/insight-queries.js';
import type { InsightsOverview } from '../client/types.js';
import { SEVERITIES } from '../client/vocabulary.js';
import { BarChart } from './bar-chart.js';
import { countScale } from './chart-scale.js';
import { CsvLink } from './csv-link.js';
import { describeTrend } from './format-insight.js';

export function FrequencySection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const { rows, total, trend } = overview.frequency;
  const period = overview.range.period;
  const cancelled = rows.reduce((sum, row) => sum + row.cancelled, 0);
  return (
    <section className="card insight-card" aria-labelledby="frequency-title">
      <div className="section-head">
        <h2 id="frequency-title">Incident frequency</h2>
        <CsvLink path="/insights/overview" table="frequency" params={params} label="frequency" />
      </div>
      <p className="insight-headline">
        <strong>{total}</strong> incident{total === 1 ? '' : 's'} in the range
        {cancelled > 0 && <span className="muted"> (and {cancelled} cancelled)</span>}.{' '}
        {describeTrend(trend, period)}
      </p>
      <BarChart
        label={`Incidents per ${period}`}
        series={[{ key: 'count', label: 'Incidents' }]}
        groups={rows.map((row) => ({
          label: row.period,
          note: row.partial ? 'partial' : undefined,
          values: [{ value: row.count, title: `${row.period}: ${row.count} incidents` }],
        }))}
        scale={countScale(Math.max(0, ...rows.map((row) => row.count)))}
        formatTick={String}
      />
      <div className="table-scroll">
        <table className="insight-table">
          <caption className="visually-hidden">Incidents per {period}, by severity</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Incidents</th>
              {SEVERITIES.map((severity) => (
                <th key={severity} scope="col">
                  {severity}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period}>
                <th scope="row">
                  {row.period}
                  {row.partial && <span className="muted small-print"> partial</span>}
                </th>
                <td className="number">{row.count}</td>
                {SEVERITIES.map((severity) => (
                  <td key={severity} className="number muted">
                    {row.bySeverity[severity]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small-print">
        A partial {period} is cut short by the range: its count is not comparable to a full one, and
        the trend leaves it out.
      </p>
    </section>
  );
}
