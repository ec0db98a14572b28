/** @module Recurrence: incidents that came back after an earlier published review, and the items meant to prevent them. */
import type { InsightParams } from '../client/insight-queries.js';
import type { ActionItemStatus, InsightsOverview } from '../client/types.js';
import { ACTION_STATUS_LABELS } from '../client/vocabulary.js';
import { EmptyState } from '../components/empty-state.js';
import { Link } from '../components/link.js';
import { CsvLink } from './csv-link.js';

const PATH = '/insights/recurrence';

export function RecurrenceSection({
  overview,
  params,
}: {
  overview: InsightsOverview;
  params: InsightParams;
}) {
  const { rows, recurring, latest, windowDays, definition } = overview.recurrence;
  const assessed = rows.reduce((sum, row) => sum + row.assessed, 0);
  return (
    <section className="card insight-card" aria-labelledby="recurrence-title">
      <div className="section-head">
        <h2 id="recurrence-title">Recurrence</h2>
        <CsvLink path={PATH} table="recurrences" params={params} label="recurring incidents" />
      </div>
      {assessed === 0 ? (
        <EmptyState title="Nothing to compare yet">
          <p>
            Recurrence needs reviews that name contributing factors: an incident recurs when its
            review shares a factor category and a service with a published review from the{' '}
            {windowDays} days before it.
          </p>
        </EmptyState>
      ) : (
        <p className="insight-headline">
          <strong>{recurring}</strong> of {assessed} assessed incident{assessed === 1 ? '' : 's'}{' '}
          recurred within {windowDays} days.
        </p>
      )}
      {latest.length > 0 && (
        <ul className="recurrence-list">
          {latest.map((recurrence) => (
            <li key={recurrence.incidentKey}>
              <Link href={`/incidents/${encodeURIComponent(recurrence.incidentKey)}`}>
                {recurrence.incidentKey}
              </Link>{' '}
              <span className="muted small-print">({recurrence.period})</span> came back after:
              <ul>
                {recurrence.earlier.map((match) => (
                  <li key={match.incidentKey}>
                    <Link href={`/incidents/${encodeURIComponent(match.incidentKey)}`}>
                      {match.incidentKey}
                    </Link>{' '}
                    <span className="muted small-print">
                      {match.daysApart} d earlier · {match.sharedServices.join(', ')} ·{' '}
                      {match.sharedCategories.join(', ')}
                    </span>
                    {match.preventiveItems.length > 0 ? (
                      <ul className="small-print">
                        {match.preventiveItems.map((item) => (
                          <li key={item.id}>
                            Meant to prevent it: {item.title}{' '}
                            <span className="muted">
                              (
                              {ACTION_STATUS_LABELS[item.status as ActionItemStatus] ?? item.status}
                              {item.dueDate ? `, due ${item.dueDate}` : ''})
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="small-print muted">
                        No action item addressed the shared factors.
                      </p>
                    )}
                  </li>
                ))}
              </ul>
              {recurrence.moreEarlier > 0 && (
                <p className="muted small-print">and {recurrence.moreEarlier} earlier matches</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small-print">{definition}.</p>
    </section>
  );
}
