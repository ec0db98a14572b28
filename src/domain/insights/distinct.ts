/** @module Each value once, in first-seen order: services and categories named twice count once. */

/** `values` without repeats; lists of one or none are returned as they are, not copied. */
export function distinct(values: readonly string[]): readonly string[] {
  return values.length < 2 ? values : [...new Set(values)];
}
