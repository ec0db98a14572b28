/** @module Edit one timeline event in the same one-line form as entry, plus its evidence link. */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { MANUAL_KINDS, requestJson } from '../client/index.js';
import type { IncidentWithEvents, TimelineEvent } from '../client/types.js';
import type { Send } from '../incident/use-guarded-save.js';
import { zonedPartsOf } from '../lib/zoned-time.js';
import { parseQuickEntry } from './parse-quick-entry.js';

/** The event as the line a person would have typed: `2026-03-12 09:15:00 alert text`. */
function lineOf(event: TimelineEvent, zone: string): string {
  const { date, time } = zonedPartsOf(Date.parse(event.at), zone);
  return `${date} ${time} ${event.kind} ${event.text}`;
}

export function EventEditor({
  incident,
  event,
  zone,
  save,
  onDone,
}: {
  incident: IncidentWithEvents;
  event: TimelineEvent;
  zone: string;
  save: (send: Send, base: IncidentWithEvents) => Promise<boolean>;
  onDone: () => void;
}) {
  const [line, setLine] = useState(lineOf(event, zone));
  const [link, setLink] = useState(event.links[0]?.url ?? '');
  const [problem, setProblem] = useState('');
  const lineInput = useRef<HTMLInputElement>(null);
  // The person just chose to edit this event: put them in its line.
  useEffect(() => lineInput.current?.focus(), []);

  const submit = async (form: FormEvent) => {
    form.preventDefault();
    const entry = parseQuickEntry(line, {
      defaultDate: zonedPartsOf(Date.parse(event.at), zone).date,
      zone,
      kinds: MANUAL_KINDS,
      defaultKind: event.kind,
    });
    if ('problem' in entry) return setProblem(entry.problem);
    const links = link.trim()
      ? [
          { url: link.trim(), ...(event.links[0]?.title ? { title: event.links[0].title } : {}) },
          ...event.links.slice(1),
        ]
      : event.links.slice(1);
    const send: Send = (base) => {
      const latest = base.events.find((candidate) => candidate.id === event.id) ?? event;
      return requestJson(
        'PATCH',
        `/incidents/${encodeURIComponent(incident.key)}/events/${event.id}`,
        {
          at: entry.at,
          zone,
          kind: entry.kind,
          text: entry.text,
          links,
          version: latest.version,
        },
      );
    };
    if (await save(send, incident)) onDone();
  };

  return (
    <form
      className="card event-editor"
      onSubmit={submit}
      onKeyDown={(key) => {
        if (key.key === 'Escape') onDone();
      }}
      aria-label="Edit timeline event"
    >
      <label className="field grow">
        <span>Event (date, time, kind, text)</span>
        <input
          ref={lineInput}
          value={line}
          onChange={(change) => setLine(change.target.value)}
          spellCheck={false}
        />
      </label>
      <label className="field grow">
        <span>Evidence link</span>
        <input
          type="url"
          value={link}
          onChange={(change) => setLink(change.target.value)}
          placeholder="https://grafana.example.com/d/checkout"
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary">
          Save event
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {problem && (
        <p className="error-note" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
