/** @module The keyboard-first entry line: type `09:15 alert 5xx above 2% on checkout`, press Enter, keep typing. */
import { type FormEvent, useState } from 'react';
import { MANUAL_KINDS, requestJson } from '../client/index.js';
import type { IncidentWithEvents } from '../client/types.js';
import type { Send } from '../incident/use-guarded-save.js';
import { parseQuickEntry } from './parse-quick-entry.js';

export function QuickEntry({
  incident,
  zone,
  defaultDate,
  save,
}: {
  incident: IncidentWithEvents;
  zone: string;
  defaultDate: string;
  save: (send: Send, base: IncidentWithEvents) => Promise<boolean>;
}) {
  const [line, setLine] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const entry = parseQuickEntry(line, {
      defaultDate,
      zone,
      kinds: MANUAL_KINDS,
      defaultKind: 'note',
    });
    if ('problem' in entry) return setProblem(entry.problem);
    setProblem('');
    setBusy(true);
    const saved = await save(
      () =>
        requestJson('POST', `/incidents/${encodeURIComponent(incident.key)}/events`, {
          at: entry.at,
          zone,
          kind: entry.kind,
          text: entry.text,
        }),
      incident,
    );
    setBusy(false);
    if (saved) setLine('');
  };

  return (
    <form className="quick-entry" onSubmit={submit}>
      <label htmlFor="quick-entry-input" className="quick-entry-label">
        Add to the timeline
      </label>
      <div className="quick-entry-row">
        <input
          id="quick-entry-input"
          className="quick-entry-input"
          value={line}
          onChange={(event) => setLine(event.target.value)}
          placeholder="09:15 alert 5xx above 2% on checkout"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="quick-entry-help"
          aria-invalid={problem ? true : undefined}
          readOnly={busy}
        />
        <button type="submit" className="button primary" disabled={busy}>
          Add
        </button>
      </div>
      <p id="quick-entry-help" className="muted small-print">
        Time, kind, what happened — then Enter. Date defaults to {defaultDate}; times are read in{' '}
        {zone}. Kinds: {MANUAL_KINDS.join(', ')}. Start with a date (2026-03-12 09:15) for another
        day.
      </p>
      {problem && (
        <p className="error-note" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
