/** @module The timeline as a vertical list: time with its zone, kind, text, evidence; highlight, edit, delete. */
import { useState } from 'react';
import { requestJson } from '../client/index.js';
import type { IncidentWithEvents, TimelineEvent } from '../client/types.js';
import { KindBadge } from '../components/badges.js';
import { VirtualList } from '../components/virtual-list.js';
import type { Send } from '../incident/use-guarded-save.js';
import { zonedPartsOf } from '../lib/zoned-time.js';

const ROW_HEIGHT = 76;

type Save = (send: Send, base: IncidentWithEvents) => Promise<boolean>;

function eventPath(key: string, event: TimelineEvent): string {
  return `/incidents/${encodeURIComponent(key)}/events/${event.id}`;
}

function latestVersion(base: IncidentWithEvents, event: TimelineEvent): number {
  return base.events.find((candidate) => candidate.id === event.id)?.version ?? event.version;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-12` → `Mar 12`: the year is in the title, the row has little room. */
function shortDate(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function EventRow({
  incident,
  event,
  zone,
  save,
  onEdit,
}: {
  incident: IncidentWithEvents;
  event: TimelineEvent;
  zone: string;
  save: Save;
  onEdit: (event: TimelineEvent) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const { date, time } = zonedPartsOf(Date.parse(event.at), zone);
  const manual = event.kind !== 'field_change';
  const toggleHighlight = () =>
    save(
      (base) =>
        requestJson('PATCH', eventPath(incident.key, event), {
          highlight: !event.highlight,
          version: latestVersion(base, event),
        }),
      incident,
    );
  const remove = () =>
    save(
      (base) =>
        requestJson(
          'DELETE',
          `${eventPath(incident.key, event)}?version=${latestVersion(base, event)}`,
        ),
      incident,
    );
  const summary = event.text.length > 60 ? `${event.text.slice(0, 60)}…` : event.text;

  return (
    <article
      className={`event-row${event.highlight ? ' highlighted' : ''}${manual ? '' : ' system'}`}
    >
      <time className="event-time" dateTime={event.at}>
        <span className="event-clock">{time}</span>
        <span className="event-date" title={`${date} ${zone}`}>
          {shortDate(date)} · {zone}
        </span>
      </time>
      <KindBadge kind={event.kind} />
      <div className="event-body">
        <p className="event-text" title={event.text}>
          {event.text}
        </p>
        <p className="event-meta">
          {event.actor ?? event.createdBy}
          {event.source !== 'manual' && ` · via ${event.source}`}
          {event.links.map((link) => (
            <a
              key={link.url}
              href={link.url}
              target="_blank"
              rel="noreferrer"
              className="evidence-link"
            >
              {link.title ?? hostOf(link.url)}
            </a>
          ))}
        </p>
      </div>
      <div className="event-actions">
        <span className="row-tools">
          {manual && (
            <button
              type="button"
              className="button subtle small"
              aria-label={`Edit: ${summary}`}
              onClick={() => onEdit(event)}
            >
              Edit
            </button>
          )}
          {manual &&
            (confirming ? (
              <button
                type="button"
                className="button danger small"
                aria-label={`Confirm delete: ${summary}`}
                onClick={remove}
                onBlur={() => setConfirming(false)}
              >
                Delete?
              </button>
            ) : (
              <button
                type="button"
                className="button subtle small"
                aria-label={`Delete: ${summary}`}
                onClick={() => setConfirming(true)}
              >
                Delete
              </button>
            ))}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-pressed={event.highlight}
          aria-label={`Highlight: ${summary}`}
          title={event.highlight ? 'Highlighted — shown in reports' : 'Highlight for reports'}
          onClick={toggleHighlight}
        >
          {event.highlight ? '★' : '☆'}
        </button>
      </div>
    </article>
  );
}

export function TimelineList({
  incident,
  events,
  zone,
  save,
  onEdit,
}: {
  incident: IncidentWithEvents;
  events: readonly TimelineEvent[];
  zone: string;
  save: Save;
  onEdit: (event: TimelineEvent) => void;
}) {
  return (
    <VirtualList
      items={events}
      rowHeight={ROW_HEIGHT}
      height={640}
      label={`Timeline, ${events.length} events`}
      keyOf={(event) => event.id}
      renderRow={(event) => (
        <EventRow incident={incident} event={event} zone={zone} save={save} onEdit={onEdit} />
      )}
    />
  );
}
