/** @module A review document as pretty JSON with keys in a stable (sorted) order, for diffing and tools. */
import type { ReviewDocument } from './review-document.js';

/** Two-space indented JSON, object keys sorted at every depth, ending with a newline. */
export function reviewToJson(doc: ReviewDocument): string {
  return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
