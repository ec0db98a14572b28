/** @module The Incidents screen: filter, sort, open, and declare a new one. */
import { useDeferredValue, useState } from 'react';
import { type IncidentFilters, useIncidents, useWorkspace } from '../client/index.js';
import { ReviewBadge, SeverityBadge, StatusBadge } from '../components/badges.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { formatInstant } from '../lib/zoned-time.js';
import { DeclareIncidentForm } from './declare-incident-form.js';
import { IncidentFilterBar, NO_FILTERS } from './incident-filters.js';
import { needsReview } from './needs-review.js';
import { type IncidentSort, sortIncidents } from './sort-incidents.js';

export function IncidentsPage() {
  const [filters, setFilters] = useState<IncidentFilters>(NO_FILTERS);
  const [sort, setSort] = useState<IncidentSort>('newest');
  const [needsReviewOnly, setNeedsReviewOnly] = useState(false);
  const [declaring, setDeclaring] = useState(false);
  // Typing in the search box should not fire a request per keystroke ahead of rendering.
  const deferred = useDeferredValue(filters);
  const incidents = useIncidents(deferred);
  const workspace = useWorkspace();
  const zone = workspace.data?.timeZone ?? 'UTC';
  const filtered = needsReviewOnly || Object.values(filters).some(Boolean);
  const listed = incidents.data ?? [];
  const rows = sortIncidents(needsReviewOnly ? listed.filter(needsReview) : listed, sort);

  return (
    <main id="main" className="page">
      <div className="page-head">
        <div>
          <h1>Incidents</h1>
          <p className="muted">
            Everything that went wrong, newest first — open one to rebuild its timeline.
          </p>
        </div>
        {!declaring && (
          <button type="button" className="button primary" onClick={() => setDeclaring(true)}>
            Declare incident
          </button>
        )}
      </div>
      {declaring && <DeclareIncidentForm onCancel={() => setDeclaring(false)} />}
      <IncidentFilterBar
        filters={filters}
        sort={sort}
        needsReviewOnly={needsReviewOnly}
        onFilters={setFilters}
        onSort={setSort}
        onNeedsReviewOnly={setNeedsReviewOnly}
      />
      <ErrorNote error={incidents.error} />
      {incidents.isPending ? (
        <p className="muted" aria-live="polite">
          Loading incidents…
        </p>
      ) : rows.length === 0 ? (
        filtered ? (
          <EmptyState title="No incidents match these filters">
            <p>
              {needsReviewOnly
                ? 'Every incident that matches has its review published, or is not resolved yet.'
                : 'Try fewer filters, or search for a word from the title.'}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setFilters(NO_FILTERS);
                setNeedsReviewOnly(false);
              }}
            >
              Clear filters
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="No incidents yet">
            <p>
              When something breaks, declare an incident: give it a title and a severity, then add
              what happened to its timeline as you go. Everything else can be filled in later.
            </p>
            <button type="button" className="button primary" onClick={() => setDeclaring(true)}>
              Declare the first incident
            </button>
          </EmptyState>
        )
      ) : (
        <div className="card table-card">
          <table className="incident-table">
            <caption className="visually-hidden">
              {rows.length} incident{rows.length === 1 ? '' : 's'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Incident</th>
                <th scope="col">Severity</th>
                <th scope="col">Status</th>
                <th scope="col">Review</th>
                <th scope="col">Services</th>
                <th scope="col">Declared</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((incident) => (
                <tr key={incident.key}>
                  <td>
                    <Link href={`/incidents/${incident.key}`} className="incident-link">
                      <span className="incident-key">{incident.key}</span>
                      <span className="incident-title">{incident.title}</span>
                    </Link>
                    {incident.tags.length > 0 && (
                      <span className="tags">
                        {incident.tags.map((tag) => (
                          <span key={tag} className="tag">
                            {tag}
                          </span>
                        ))}
                      </span>
                    )}
                  </td>
                  <td>
                    <SeverityBadge severity={incident.severity} />
                  </td>
                  <td>
                    <StatusBadge status={incident.status} />
                  </td>
                  <td>
                    {incident.review ? (
                      <span className="review-badges">
                        <ReviewBadge
                          status={incident.review.status}
                          overdue={incident.review.overdue}
                        />
                      </span>
                    ) : (
                      <span className="muted small-print">None yet</span>
                    )}
                  </td>
                  <td className="services-cell">{incident.services.join(', ') || '—'}</td>
                  <td className="time-cell">{formatInstant(incident.createdAt, zone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
