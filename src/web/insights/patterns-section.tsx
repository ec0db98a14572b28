/** @module Significant patterns: counts that differ from their baseline by more than chance, and why others were not tested. */
import type { InsightParams } from '../client/insight-queries.js';
import type { PatternInsights } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { CsvLink } from './csv-link.js';
import { formatPValue } from './format-insight.js';

const DIMENSION_LABELS: Record<string, string> = {
  hourOfDay: 'Hour of day',
  dayOfWeek: 'Day of week',
  deployWindow: 'Time since deploy',
  factorCategory: 'Factor category',
  detectionSource: 'Detection source',
};

export function PatternsSection({
  patterns,
  error,
  params,
}: {
  patterns: PatternInsights | undefined;
  error: unknown;
  params: InsightParams;
}) {
  const significant = patterns?.patterns.filter((cell) => cell.significant) ?? [];
  const skipped = [
    ...new Set((patterns?.tests ?? []).flatMap((t) => (t.skipped ? [t.skipped] : []))),
  ];
  return (
    <section className="card insight-card wide" aria-labelledby="patterns-title">
      <div className="section-head">
        <h2 id="patterns-title">Patterns</h2>
        <CsvLink path="/insights/patterns" table="patterns" params={params} label="patterns" />
      </div>
      <p className="muted small-print">
        Only significant patterns are listed: counts that differ from what the baseline expects by
        more than chance would explain.
      </p>
      <ErrorNote error={error} />
      {!patterns ? (
        !error && <p className="muted">Testing patterns…</p>
      ) : significant.length === 0 ? (
        <EmptyState title="No significant pattern in this range">
          <p>
            Nothing stands out from its baseline.
            {skipped.length > 0 && ` Some dimensions were not tested: ${skipped.join('; ')}.`} A
            wider range gives the tests more incidents to work with.
          </p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="insight-table">
            <caption className="visually-hidden">Significant patterns</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col">Value</th>
                <th scope="col">Observed</th>
                <th scope="col">Expected</th>
                <th scope="col">p-value</th>
              </tr>
            </thead>
            <tbody>
              {significant.map((cell) => (
                <tr key={`${cell.dimension}-${cell.scope}-${cell.value}`}>
                  <th scope="row">
                    {DIMENSION_LABELS[cell.dimension] ?? cell.dimension}
                    {cell.scope && <span className="muted small-print"> · {cell.scope}</span>}
                  </th>
                  <td>
                    {cell.value}{' '}
                    <span className="muted small-print">
                      ({cell.direction === 'more' ? 'more than expected' : 'fewer than expected'})
                    </span>
                  </td>
                  <td className="number">{cell.observed}</td>
                  <td className="number">{cell.expected.toFixed(1)}</td>
                  <td className="number">{formatPValue(cell.pValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {patterns && <p className="muted small-print">{patterns.method}.</p>}
    </section>
  );
}
