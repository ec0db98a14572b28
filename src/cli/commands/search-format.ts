/** @module Plain-text output of `hindsight search` and `hindsight related`. */
import type { RelatedIncident } from '../../domain/library/index.js';
import type { LibrarySearchResult } from '../../usecases/library-search.js';
import { formatTable, truncateText } from '../text-table.js';

/** Snippets lose their HTML: matched words are shown in [brackets]. */
export function plainSnippet(html: string): string {
  return html
    .replace(/<mark>/g, '[')
    .replace(/<\/mark>/g, ']')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

export function formatSearchResults(results: LibrarySearchResult[]): string {
  if (results.length === 0)
    return 'No reviews match. Try fewer words, a prefix (word*), or --all for unpublished ones.\n';
  return results
    .map((r) => {
      const head = `${r.key}  ${r.severity}  ${r.title}${r.services.length ? `  (${r.services.join(', ')})` : ''}`;
      const lines = r.snippets.map(
        (s) => `    ${s.field}: ${truncateText(plainSnippet(s.text), 100)}`,
      );
      return [head, ...lines].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

export function formatRelated(key: string, related: RelatedIncident[]): string {
  if (related.length === 0) return `Nothing related to ${key} yet.\n`;
  const rows = related.map((r) => [
    r.key,
    r.score.toFixed(2),
    truncateText(r.title, 50),
    r.reasons.join('; '),
  ]);
  return `${formatTable([['KEY', 'SCORE', 'TITLE', 'WHY'], ...rows])}\n`;
}
