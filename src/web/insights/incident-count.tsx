/** @module A count of incidents that opens, from the keyboard or a click, onto links to each of them. */
import { useState } from 'react';
import { IncidentKeys } from './incident-keys.js';

/** Past this many, the list says "and more" and the CSV has them all: a slice can hold thousands. */
const SHOWN_KEYS = 50;

export function IncidentCount({
  count,
  keys,
  label,
}: {
  count: number;
  keys: readonly string[];
  /** What the count is, for screen readers: `incidents measured for SEV1`. */
  label: string;
}) {
  // The links are rendered only once opened, so a table of large slices stays light.
  const [open, setOpen] = useState(false);
  if (count === 0 || keys.length === 0) return <span>{count}</span>;
  return (
    <details className="incident-count" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {count}
        <span className="visually-hidden"> {label}</span>
      </summary>
      {open && <IncidentKeys keys={keys.slice(0, SHOWN_KEYS)} more={keys.length > SHOWN_KEYS} />}
    </details>
  );
}
