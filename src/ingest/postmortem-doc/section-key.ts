/** @module Maps a heading's wording ("TL;DR", "What went wrong", "Follow-ups") to a section key. */

export const SECTION_KEYS = [
  'summary',
  'impact',
  'rootCause',
  'contributingFactors',
  'lessons',
  'timeline',
  'actionItems',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

const PHRASES: Record<SectionKey, string[]> = {
  summary: [
    'summary',
    'overview',
    'tl;dr',
    'tldr',
    'executive summary',
    'incident summary',
    'abstract',
    'synopsis',
    'what happened',
    'summary of the incident',
    'incident overview',
    'in brief',
  ],
  impact: [
    'impact',
    'customer impact',
    'user impact',
    'business impact',
    'impact assessment',
    'impact and severity',
    'severity and impact',
    'what was affected',
    'who was affected',
    'affected services',
    'affected systems',
    'scope of impact',
    'blast radius',
    'impact summary',
    'customer and business impact',
    'how customers were affected',
  ],
  rootCause: [
    'root cause',
    'root causes',
    'cause',
    'causes',
    'why it happened',
    'why did it happen',
    'why this happened',
    'what caused it',
    'what caused the outage',
    'root cause analysis',
    'rca',
    'trigger',
    'triggers',
    'cause and trigger',
    'technical root cause',
    'the cause',
  ],
  contributingFactors: [
    'contributing factors',
    'contributing causes',
    'factors',
    'contributors',
    'contributing conditions',
    'root cause and contributing factors',
  ],
  lessons: [
    'lessons learned',
    'lessons',
    'lessons learnt',
    'learnings',
    'what went well',
    'what went wrong',
    'what didnt go well',
    'what did not go well',
    'where we got lucky',
    'where we were lucky',
    'what we learned',
    'takeaways',
    'key takeaways',
    'things that went well',
    'things that went wrong',
    'things that went poorly',
    'what could have gone better',
    'what we could do better',
    'went well',
    'went wrong',
    'lucky',
    'what went right',
    'reflections',
  ],
  timeline: [
    'timeline',
    'sequence of events',
    'chronology',
    'timeline of events',
    'detailed timeline',
    'incident timeline',
    'event log',
    'events',
    'chronology of events',
    'how it unfolded',
    'full timeline',
    'timeline and response',
  ],
  actionItems: [
    'action items',
    'actions',
    'follow ups',
    'followups',
    'follow up',
    'follow up actions',
    'follow up items',
    'remediation',
    'remediations',
    'remediation items',
    'remediation plan',
    'next steps',
    'corrective actions',
    'corrective and preventive actions',
    'preventive actions',
    'preventative actions',
    'preventative measures',
    'what were doing about it',
    'what we are doing about it',
    'what we are changing',
    'what were changing',
    'whats next',
    'action plan',
    'todo',
    'to do',
    'tasks',
    'fixes',
    'improvements',
    'action items and follow ups',
  ],
};

const LOOKUP = new Map<string, SectionKey>(
  SECTION_KEYS.flatMap((key) => PHRASES[key].map((phrase) => [phrase, key] as const)),
);

/** The known section a heading introduces, or null for any other heading. */
export function sectionKeyFromHeading(heading: string): SectionKey | null {
  const words = normalizedHeading(heading);
  const bare = words.replace(/^(?:the|our|incident|outage)\s+/, '');
  return (
    LOOKUP.get(words) ??
    LOOKUP.get(bare) ??
    LOOKUP.get(bare.replace(/\s+(?:of the incident|of the outage)$/, '')) ??
    null
  );
}

/** A camelCase key for a heading that is no known section (`Detection and response` → `detectionAndResponse`). */
export function otherSectionKey(heading: string): string | null {
  const words = normalizedHeading(heading)
    .replace(/;/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, 6);
  if (words.length === 0) return null;
  return words.map((word, k) => (k === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

function normalizedHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.):]?|[ivx]+[.)]|[a-h][.)])\s+/, '')
    .replace(/[^a-z0-9;]+/g, ' ')
    .trim();
}
