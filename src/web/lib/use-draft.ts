/** @module A local draft of a saved value: follows the saved value until the person changes it. */
import { useState } from 'react';

function isSame(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** `[draft, setDraft, dirty]`; a save elsewhere updates the draft only while it is untouched. */
export function useDraft<T>(saved: T): [T, (next: T) => void, boolean] {
  const [draft, setDraft] = useState(saved);
  const [seen, setSeen] = useState(saved);
  if (!isSame(saved, seen)) {
    setSeen(saved);
    if (isSame(draft, seen)) setDraft(saved);
  }
  return [draft, setDraft, !isSame(draft, saved)];
}
