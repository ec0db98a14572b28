/** @module The first few values of a long run in a given order, without sorting the whole run. */

/**
 * Puts `value` into `first`, the `count` first values seen so far in `compare` order (ties keep
 * the earlier value first, as a stable sort would). Costs a comparison or two per value once
 * `first` is full, where sorting everything to keep five would cost a comparison sort.
 */
export function keepFirst<T>(
  first: T[],
  value: T,
  count: number,
  compare: (a: T, b: T) => number,
): void {
  if (count <= 0) return;
  if (first.length === count && compare(value, first[count - 1]!) >= 0) return;
  let at = first.length;
  while (at > 0 && compare(value, first[at - 1]!) < 0) at--;
  first.splice(at, 0, value);
  if (first.length > count) first.pop();
}
