/** @module Incident keys behind a figure, each a link to its incident. */
import { Fragment } from 'react';
import { Link } from '../components/link.js';

export function IncidentKeys({ keys, more = false }: { keys: readonly string[]; more?: boolean }) {
  if (keys.length === 0) return <span className="muted">none</span>;
  return (
    <span className="incident-keys">
      {keys.map((key, i) => (
        <Fragment key={key}>
          {i > 0 && ', '}
          <Link href={`/incidents/${encodeURIComponent(key)}`}>{key}</Link>
        </Fragment>
      ))}
      {more && ' and more'}
    </span>
  );
}
