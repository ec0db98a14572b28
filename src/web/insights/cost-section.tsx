/** @module Cost of downtime: totals per currency, the costliest incidents, and those without an estimate. */
import type { InsightParams } from '../client/insight-queries.js';
import type { InsightsOverview } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { Link } from '../components/link.js';
import { CsvLink } from './csv-link.js';
import { formatMoney } from './format-insight.js';

export function CostSection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const { totals, costliest, unestimated, definition } = overview.cost;
  const overall = totals.filter((total) => total.dimension === 'all');
  return (
    <section className="card insight-card" aria-labelledby="cost-title">
      <div className="section-head">
        <h2 id="cost-title">Cost of downtime</h2>
        <CsvLink path="/insights/cost" table="totals" params={params} label="cost totals" />
      </div>
      {overall.length === 0 ? (
        <EmptyState title="No cost estimated in this range">
          <p>
            A review's impact section takes revenue per hour, responder hours and SLA credits; once
            a review in this range has them, its cost counts here.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="insight-headline">
            {overall.map((total, i) => (
              <span key={total.currency}>
                {i > 0 && ' + '}
                <strong>{formatMoney(total.total, total.currency)}</strong>
              </span>
            ))}{' '}
            over {overall.reduce((sum, total) => sum + total.incidents, 0)} estimated incidents.
          </p>
          <ul className="plain-list">
            {costliest.map((cost) => (
              <li key={cost.incidentKey}>
                <Link href={`/incidents/${encodeURIComponent(cost.incidentKey)}`}>
                  {cost.incidentKey}
                </Link>{' '}
                {formatMoney(cost.total, cost.currency)}{' '}
                <span className="muted small-print">{cost.formula}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {unestimated > 0 && (
        <p className="small-print">
          {unestimated} incident{unestimated === 1 ? ' has' : 's have'} no review yet: their cost is
          unknown, not zero.
        </p>
      )}
      <p className="muted small-print">{definition}.</p>
    </section>
  );
}
