/** @module A published review as a document: read-only, in reading order, and laid out for print. */
import {
  ACTION_STATUS_LABELS,
  HORIZON_LABELS,
  REVIEW_STATUS_LABELS,
  useReview,
  useWorkspace,
} from '../client/index.js';
import type { TimelineEvent, WhyNode } from '../client/types.js';
import { KindBadge, SeverityBadge } from '../components/badges.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { formatInstant } from '../lib/zoned-time.js';
import { ExportLinks } from '../review/export-links.js';

function WhyList({ nodes }: { nodes: WhyNode[] }) {
  return (
    <ul className="doc-why">
      {nodes.map((node) => (
        <li key={node.id}>
          {node.text}
          {node.rootCause && (
            <span className="root-badge">
              root cause{node.category ? ` · ${node.category}` : ''}
            </span>
          )}
          {node.children.length > 0 && <WhyList nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

function Lessons({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export function ReviewDocument({ incidentKey }: { incidentKey: string }) {
  const review = useReview(incidentKey);
  const workspace = useWorkspace();
  const zone = workspace.data?.timeZone ?? 'UTC';
  const detail = review.data;
  if (review.error || detail === null) {
    return (
      <main id="main" className="page">
        <EmptyState title={`${incidentKey} has no review to read`}>
          <ErrorNote error={review.error} />
          <Link href="/library" className="button">
            Back to the library
          </Link>
        </EmptyState>
      </main>
    );
  }
  if (!detail) {
    return (
      <main id="main" className="page">
        <p className="muted" aria-live="polite">
          Loading…
        </p>
      </main>
    );
  }
  const { review: r, incident, cost } = detail;
  const events = detail.timeline as TimelineEvent[];
  const eventsById = new Map(events.map((e) => [e.id, e]));
  const itemsById = new Map(r.actionItems.map((i) => [i.id, i]));
  return (
    <main id="main" className="page doc-page">
      <nav aria-label="Breadcrumb" className="breadcrumb no-print">
        <Link href="/library">Library</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{incident.key}</span>
      </nav>
      <article className="review-doc">
        <header>
          <p className="doc-kicker">
            <SeverityBadge severity={incident.severity} />{' '}
            <span className="incident-key">{incident.key}</span> · {REVIEW_STATUS_LABELS[r.status]}
            {r.publishedAt && ` ${formatInstant(r.publishedAt, zone)}`}
          </p>
          <h1>{incident.title}</h1>
          <p className="muted">
            {incident.services.join(', ') || 'No service named'} · written by{' '}
            {r.authors.join(', ') || 'nobody named'}
            {r.reviewers.length > 0 &&
              ` · reviewed by ${r.reviewers.map((x) => x.name).join(', ')}`}
          </p>
          <div className="doc-actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              Print
            </button>
            <Link href={`/incidents/${incident.key}/review`} className="button subtle">
              Open in the editor
            </Link>
          </div>
          <ExportLinks incidentKey={incident.key} />
        </header>
        <section aria-labelledby="doc-summary">
          <h2 id="doc-summary">Summary</h2>
          <p className="doc-summary">{r.summary || 'No summary was written.'}</p>
        </section>
        <section aria-labelledby="doc-impact">
          <h2 id="doc-impact">Impact</h2>
          <p>
            Estimated cost{' '}
            <strong>
              {cost.total.toLocaleString('en', { maximumFractionDigits: 2 })} {cost.currency}
            </strong>
            {r.impact.durationMinutes !== null && `, over ${r.impact.durationMinutes} minutes`}
            {r.impact.usersAffected !== null &&
              `, ${r.impact.usersAffected.toLocaleString('en')} users affected`}
            .
          </p>
          <p className="cost-formula">{cost.formula}</p>
          {r.impact.notes && <p>{r.impact.notes}</p>}
        </section>
        {events.length > 0 && (
          <section aria-labelledby="doc-timeline">
            <h2 id="doc-timeline">Timeline</h2>
            <ol className="curated-timeline">
              {events.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.at}>{formatInstant(event.at, zone)}</time>
                  <KindBadge kind={event.kind} />
                  <span>{event.text}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
        <section aria-labelledby="doc-why">
          <h2 id="doc-why">Why it happened</h2>
          {r.whyTrees
            .filter((tree) => tree.answers.length > 0)
            .map((tree) => (
              <div key={tree.id} className="doc-tree">
                <h3>{tree.question}</h3>
                <WhyList nodes={tree.answers} />
              </div>
            ))}
        </section>
        <section aria-labelledby="doc-factors">
          <h2 id="doc-factors">Contributing factors</h2>
          <ol className="doc-factors">
            {r.factors.map((factor) => (
              <li key={factor.id}>
                <p>
                  <span className="tag">{factor.category}</span> {factor.description}
                </p>
                {factor.evidenceEventIds.length > 0 && (
                  <p className="small-print muted">
                    Evidence:{' '}
                    {factor.evidenceEventIds
                      .map((id) => eventsById.get(id))
                      .filter((e): e is TimelineEvent => e !== undefined)
                      .map((e) => `${formatInstant(e.at, zone)} ${e.text}`)
                      .join('; ') || `${factor.evidenceEventIds.length} timeline event(s)`}
                  </p>
                )}
                {factor.actionItemIds.length > 0 && (
                  <p className="small-print">
                    Addressed by:{' '}
                    {factor.actionItemIds
                      .map((id) => itemsById.get(id)?.title)
                      .filter(Boolean)
                      .join('; ')}
                  </p>
                )}
                {factor.acceptedRisk && (
                  <p className="small-print">Accepted risk: {factor.acceptedRisk}</p>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="doc-actions">
          <h2 id="doc-actions">Action items</h2>
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Horizon</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {r.actionItems.map((item) => (
                <tr key={item.id}>
                  <td>
                    {item.title}
                    {item.successCriteria && (
                      <span className="small-print muted"> — done when {item.successCriteria}</span>
                    )}
                  </td>
                  <td>{item.owner ?? '—'}</td>
                  <td>{item.dueDate ?? '—'}</td>
                  <td>{HORIZON_LABELS[item.horizon] ?? item.horizon}</td>
                  <td>{ACTION_STATUS_LABELS[item.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="doc-lessons">
          <h2 id="doc-lessons">Lessons</h2>
          <div className="lessons-grid">
            <Lessons title="What went well" items={r.lessons.wentWell} />
            <Lessons title="What went wrong" items={r.lessons.wentWrong} />
            <Lessons title="Where we got lucky" items={r.lessons.gotLucky} />
          </div>
        </section>
        {r.meeting.at && (
          <section aria-labelledby="doc-meeting">
            <h2 id="doc-meeting">Review meeting</h2>
            <p>
              {formatInstant(r.meeting.at, zone)} with{' '}
              {r.meeting.attendees
                .map((a) => (a.team ? `${a.name} (${a.team})` : a.name))
                .join(', ') || 'no attendees recorded'}
            </p>
          </section>
        )}
      </article>
    </main>
  );
}
