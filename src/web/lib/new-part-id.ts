/** @module Ids the client chooses for new review parts (why-tree nodes, trees, factors), unique enough to never collide in one review. */

/** A random id such as `p-lq2x9a-4f8k2j1m`. */
export function newPartId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // Outside a secure context (plain http on a LAN address) randomUUID is missing.
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
