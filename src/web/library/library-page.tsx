/** @module The Library: published reviews to browse, and search across them with the matching words marked. */
import { useDeferredValue, useState } from 'react';
import { useWorkspace } from '../client/index.js';
import type { ReviewListing } from '../client/types.js';
import { SeverityBadge } from '../components/badges.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { formatInstant } from '../lib/zoned-time.js';
import { snippetParts } from './snippet-parts.js';
import { useLibrarySearch, usePublishedReviews } from './use-library.js';

function matchesLocally(review: ReviewListing, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack =
    `${review.incidentKey} ${review.title} ${review.services.join(' ')}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

function Snippet({ html }: { html: string }) {
  return (
    <p className="snippet">
      {snippetParts(html).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one snippet never reorder.
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

export function LibraryPage() {
  const [q, setQ] = useState('');
  const query = useDeferredValue(q);
  const workspace = useWorkspace();
  const zone = workspace.data?.timeZone ?? 'UTC';
  const published = usePublishedReviews();
  const search = useLibrarySearch(query);
  const searching = query.trim() !== '';
  const fallback = searching && search.data === null;
  const listed = (published.data ?? []).filter((r) => !fallback || matchesLocally(r, query));

  return (
    <main id="main" className="page library-page">
      <div className="page-head">
        <div>
          <h1>Library</h1>
          <p className="muted">
            Published reviews: what happened elsewhere, and what changed because of it.
          </p>
        </div>
      </div>
      <search className="library-search" aria-label="Search the library">
        <label className="field grow">
          <span>Search the reviews</span>
          <input
            type="search"
            value={q}
            placeholder="certificate expiry, “queue backlog”, deploy*"
            onChange={(event) => setQ(event.target.value)}
          />
        </label>
      </search>
      {fallback && (
        <p className="small-print muted">
          This server has no full-text search; matching titles, keys and services only.
        </p>
      )}
      <ErrorNote error={published.error ?? search.error} />
      {searching && !fallback ? (
        search.data && search.data.length > 0 ? (
          <ol className="library-list" aria-label="Search results">
            {search.data.map((result) => (
              <li key={result.key} className="card library-item">
                <Link href={`/library/${result.key}`} className="library-link">
                  <span className="incident-key">{result.key}</span> {result.title}
                </Link>
                <p className="small-print muted">
                  {result.severity} · {result.services.join(', ') || 'no service named'}
                  {result.publishedAt && ` · published ${formatInstant(result.publishedAt, zone)}`}
                </p>
                {result.snippets.map((snippet) => (
                  <Snippet key={`${snippet.field}-${snippet.text}`} html={snippet.text} />
                ))}
              </li>
            ))}
          </ol>
        ) : search.isFetching ? (
          <p className="muted" aria-live="polite">
            Searching…
          </p>
        ) : (
          <EmptyState title={`Nothing matches “${query.trim()}”`}>
            <p>
              All words must appear. Try fewer words, a prefix such as <kbd>cert*</kbd>, or a
              service name.
            </p>
          </EmptyState>
        )
      ) : published.isPending ? (
        <p className="muted" aria-live="polite">
          Loading the library…
        </p>
      ) : listed.length === 0 ? (
        <EmptyState
          title={searching ? `Nothing matches “${query.trim()}”` : 'The library is empty'}
        >
          <p>
            Reviews land here once they are published. Open an incident, start its review, get it
            approved, and publish it — then everyone can learn from it here.
          </p>
          <Link href="/" className="button primary">
            Go to incidents
          </Link>
        </EmptyState>
      ) : (
        <ol className="library-list" aria-label="Published reviews">
          {listed.map((review) => (
            <li key={review.incidentKey} className="card library-item">
              <Link href={`/library/${review.incidentKey}`} className="library-link">
                <span className="incident-key">{review.incidentKey}</span> {review.title}
              </Link>
              <p className="small-print muted">
                <SeverityBadge severity={review.severity} />{' '}
                {review.services.join(', ') || 'no service named'}
                {review.publishedAt && ` · published ${formatInstant(review.publishedAt, zone)}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
