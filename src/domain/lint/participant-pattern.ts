/** @module Compiles the participants of an incident into one pattern that finds their names. */

const cache = new Map<string, RegExp | null>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-sensitive pattern matching each participant's full name and, for multi-word names, the
 * first name on its own ("Alice" for "Alice Moreau"); null when there is nobody to find.
 */
export function participantPattern(participants: readonly string[]): RegExp | null {
  const key = participants.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
  for (const participant of participants) {
    const name = participant.trim();
    if (name === '') continue;
    names.add(name);
    const first = name.split(/\s+/)[0]!;
    if (first.length >= 3) names.add(first);
  }
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern =
    alternatives.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  // Callers lint many texts with the same few participant lists; keep the cache small regardless.
  if (cache.size > 64) cache.clear();
  cache.set(key, pattern);
  return pattern;
}
