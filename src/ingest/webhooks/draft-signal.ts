/** @module Builds a SignalDraft, collecting the incident keys mentioned in its texts and labels. */
import { incidentKeysIn, type SignalDraft } from '../../domain/signal.js';

/** A signal draft whose incident keys are found in its title, text, labels and `extraTexts`. */
export function draftSignal(
  fields: Omit<SignalDraft, 'incidentKeys'>,
  extraTexts: readonly string[] = [],
): SignalDraft {
  const texts = [fields.title, fields.text, ...Object.values(fields.labels), ...extraTexts];
  return { ...fields, incidentKeys: incidentKeysIn(texts) };
}

/** The first non-empty value among `keys` of `labels`, or null. */
export function firstLabel(labels: Record<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = labels[key];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return null;
}
