/** @module Incidents related to this one (shared services, factors, tags, similar words), each with why. */
import { useRelatedIncidents } from '../client/index.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';

export function RelatedPanel({ incidentKey }: { incidentKey: string }) {
  const related = useRelatedIncidents(incidentKey);
  const list = related.data ?? [];
  return (
    <section className="card side-panel related-panel" aria-labelledby="related-title">
      <h2 id="related-title">Related incidents</h2>
      <ErrorNote error={related.error} />
      {related.isPending ? (
        <p className="muted small-print">Looking for related incidents…</p>
      ) : list.length === 0 ? (
        !related.error && (
          <p className="muted small-print">
            None yet. Incidents count as related when they share services, tags or contributing
            factor categories, or read alike; add services and tags to help them find each other.
          </p>
        )
      ) : (
        <ul className="related-list">
          {list.map((incident) => (
            <li key={incident.key}>
              <Link
                href={`/incidents/${encodeURIComponent(incident.key)}`}
                className="incident-link"
              >
                <span className="incident-key">{incident.key}</span>
                <span className="incident-title">{incident.title}</span>
              </Link>
              <p className="muted small-print">{incident.reasons.join(' · ')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
