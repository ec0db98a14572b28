/** @module Follow-through: action items created, done and verified; on-time rate; the overdue backlog; review completion. */
import type { InsightParams } from '../client/insight-queries.js';
import type { InsightsOverview } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { Link } from '../components/link.js';
import { CsvLink } from './csv-link.js';
import { formatRate } from './format-insight.js';
import { IncidentKeys } from './incident-keys.js';

const PATH = '/insights/follow-through';

export function FollowThroughSection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const { rows, onTime, overdue, definitions } = overview.followThrough;
  const created = rows.reduce((sum, row) => sum + row.created, 0);
  const overall = onTime.find((row) => row.dimension === 'all');
  return (
    <section className="card insight-card" aria-labelledby="follow-title">
      <div className="section-head">
        <h2 id="follow-title">Action item follow-through</h2>
        <CsvLink path={PATH} table="periods" params={params} label="action items per period" />
      </div>
      {created === 0 && overdue.count === 0 ? (
        <EmptyState title="No action items in this range">
          <p>
            Action items come from reviews: start a review on a resolved incident and give each item
            an owner and a due date. Their follow-through shows here.
          </p>
        </EmptyState>
      ) : (
        <>
          <dl className="stat-row">
            <div>
              <dt>On time</dt>
              <dd>{formatRate(overall?.rate ?? null)}</dd>
            </div>
            <div>
              <dt>Overdue now</dt>
              <dd>{overdue.count}</dd>
            </div>
            <div>
              <dt>Median overdue age</dt>
              <dd>{overdue.medianAgeDays === null ? '—' : `${overdue.medianAgeDays} d`}</dd>
            </div>
            <div>
              <dt>Oldest</dt>
              <dd>{overdue.maxAgeDays === null ? '—' : `${overdue.maxAgeDays} d`}</dd>
            </div>
          </dl>
          <div className="table-scroll">
            <table className="insight-table">
              <caption className="visually-hidden">Action items per period</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Created</th>
                  <th scope="col">Done</th>
                  <th scope="col">Verified</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.period}>
                    <th scope="row">{row.period}</th>
                    <td className="number">{row.created}</td>
                    <td className="number">{row.done}</td>
                    <td className="number">{row.verified}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {overdue.count > 0 && (
            <>
              <h3>
                Overdue backlog{' '}
                <span className="muted small-print">
                  1–7 d: {overdue.byAge['1-7']} · 8–30 d: {overdue.byAge['8-30']} · 31–90 d:{' '}
                  {overdue.byAge['31-90']} · over 90 d: {overdue.byAge['>90']}
                </span>
              </h3>
              <ul className="plain-list">
                {overdue.items.map((item) => (
                  <li key={item.id}>
                    <Link href={`/incidents/${encodeURIComponent(item.incidentKey)}/review`}>
                      {item.incidentKey}
                    </Link>{' '}
                    {item.title}{' '}
                    <span className="muted small-print">
                      {item.owner ?? 'no owner'} · due {item.dueDate} · {item.ageDays} d overdue
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="muted small-print">
            On time: {definitions.onTime}. Overdue: {definitions.overdue}.
          </p>
          <p className="csv-links">
            <CsvLink path={PATH} table="on-time" params={params} label="on-time rates" />
            <CsvLink path={PATH} table="overdue" params={params} label="overdue items" />
          </p>
        </>
      )}
    </section>
  );
}

export function ReviewCompletionSection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const { definition, rows } = overview.followThrough.reviewCompletion;
  const total = rows.find((row) => row.period === 'total');
  return (
    <section className="card insight-card" aria-labelledby="completion-title">
      <div className="section-head">
        <h2 id="completion-title">Review completion</h2>
        <CsvLink path={PATH} table="completion" params={params} label="review completion" />
      </div>
      {!total || total.due === 0 ? (
        <EmptyState title="No review was due in this range">
          <p>
            A review becomes due when a resolved incident whose severity requires one passes its
            publish deadline. Resolve incidents and publish their reviews to see the rate.
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="insight-headline">
            <strong>{formatRate(total.rate)}</strong> published on time: {total.onTime} of{' '}
            {total.due} due, {total.late} late, {total.missing} still missing.
          </p>
          {total.lateKeys.length > 0 && (
            <p className="small-print">
              Late or missing: <IncidentKeys keys={total.lateKeys} />
            </p>
          )}
        </>
      )}
      <p className="muted small-print">{definition}.</p>
    </section>
  );
}
