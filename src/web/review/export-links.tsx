/** @module Download links for a review as reviews-as-code Markdown, standalone HTML or PDF. */
import { API_BASE } from '../client/request-json.js';

const FORMATS = [
  ['md', 'Markdown'],
  ['html', 'HTML'],
  ['pdf', 'PDF'],
] as const;

export function ExportLinks({ incidentKey }: { incidentKey: string }) {
  const base = `${API_BASE}/incidents/${encodeURIComponent(incidentKey)}/review/export?format=`;
  return (
    <p className="export-links no-print">
      <span className="small-print muted">Export</span>{' '}
      {FORMATS.map(([format, label]) => (
        <a
          key={format}
          className="button subtle"
          href={`${base}${format}`}
          download
          aria-label={`Export the review as ${label}`}
        >
          {label}
        </a>
      ))}
    </p>
  );
}
