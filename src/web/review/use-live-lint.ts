/** @module Lint while the author types: the focused text is checked by POST /lint after a pause in typing. */
import { useEffect, useState } from 'react';
import { requestJson } from '../client/index.js';
import type { LintFinding } from '../client/types.js';

const PAUSE_MS = 450;

/**
 * Findings for `text` once typing pauses, or null until the person has typed (the review's own
 * lint results stand until then). A failed check leaves the last findings in place.
 */
export function useLiveLint(
  text: string,
  active: boolean,
  kind: 'narrative' | 'actionItem',
  participants: readonly string[],
): { text: string; findings: LintFinding[] } | null {
  const [result, setResult] = useState<{ text: string; findings: LintFinding[] } | null>(null);
  const people = participants.join('\u0000');
  useEffect(() => {
    if (!active) return;
    if (text.trim() === '') {
      setResult({ text, findings: [] });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      requestJson<{ findings: LintFinding[] }>('POST', '/lint', {
        text,
        kind,
        participants: people ? people.split('\u0000') : [],
      })
        .then((response) => {
          if (!cancelled) setResult({ text, findings: response.findings });
        })
        .catch(() => undefined);
    }, PAUSE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [text, active, kind, people]);
  return result;
}
