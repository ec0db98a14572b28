/** @module Milestones (set or clear, in the chosen zone), the durations they give with definitions, and order findings. */
import { type FormEvent, useState } from 'react';
import {
  DURATION_LABELS,
  MILESTONE_LABELS,
  MILESTONES,
  type MilestoneName,
  requestJson,
  useMetrics,
} from '../client/index.js';
import type { IncidentWithEvents } from '../client/types.js';
import { formatDuration } from '../lib/format-duration.js';
import { formatInstant, instantFromZoned, zonedPartsOf } from '../lib/zoned-time.js';
import { humanizeFinding } from './humanize-finding.js';
import type { Send } from './use-guarded-save.js';

type Save = (send: Send, base: IncidentWithEvents) => Promise<boolean>;

function putMilestone(key: string, name: MilestoneName, at: string | null): Send {
  return (base) =>
    requestJson('PUT', `/incidents/${encodeURIComponent(key)}/milestones`, {
      [name]: at,
      version: base.version,
    });
}

function MilestoneEditor({
  name,
  incident,
  zone,
  defaultDate,
  save,
  onDone,
}: {
  name: MilestoneName;
  incident: IncidentWithEvents;
  zone: string;
  defaultDate: string;
  save: Save;
  onDone: () => void;
}) {
  const current = incident.milestones[name];
  const start = current ? zonedPartsOf(Date.parse(current), zone) : { date: defaultDate, time: '' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [problem, setProblem] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const at = instantFromZoned(date, time, zone);
    if (at === null) return setProblem('Pick a date and a time.');
    if (await save(putMilestone(incident.key, name, at), incident)) onDone();
  };
  return (
    <form className="milestone-editor" onSubmit={submit}>
      <label className="field">
        <span>Date</span>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      <label className="field">
        <span>Time ({zone})</span>
        <input
          type="time"
          step={1}
          value={time}
          onChange={(event) => setTime(event.target.value)}
        />
      </label>
      <div className="milestone-editor-actions">
        <button type="submit" className="button primary small">
          Save {MILESTONE_LABELS[name].toLowerCase()}
        </button>
        <button type="button" className="button small" onClick={onDone}>
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

export function MilestonesPanel({
  incident,
  zone,
  defaultDate,
  save,
}: {
  incident: IncidentWithEvents;
  zone: string;
  /** YYYY-MM-DD proposed for a milestone not set yet: the incident's day. */
  defaultDate: string;
  save: Save;
}) {
  const metrics = useMetrics(incident.key);
  const [editing, setEditing] = useState<MilestoneName | null>(null);
  return (
    <section className="card side-panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">Milestones</h2>
      <ul className="milestone-list">
        {MILESTONES.map((name) => {
          const at = incident.milestones[name];
          return (
            <li key={name} className="milestone">
              <div className="milestone-row">
                <span className="milestone-name">{MILESTONE_LABELS[name]}</span>
                {editing !== name && (
                  <span className="milestone-actions">
                    <button
                      type="button"
                      className="button subtle small"
                      aria-label={`${at ? 'Change' : 'Set'} ${MILESTONE_LABELS[name].toLowerCase()}`}
                      onClick={() => setEditing(name)}
                    >
                      {at ? 'Change' : 'Set'}
                    </button>
                    {at && (
                      <button
                        type="button"
                        className="button subtle small"
                        aria-label={`Clear ${MILESTONE_LABELS[name].toLowerCase()}`}
                        onClick={() => save(putMilestone(incident.key, name, null), incident)}
                      >
                        Clear
                      </button>
                    )}
                  </span>
                )}
              </div>
              <span className={at ? 'milestone-time' : 'milestone-time muted'}>
                {at ? formatInstant(at, zone, true) : 'Not set'}
              </span>
              {editing === name && (
                <MilestoneEditor
                  name={name}
                  incident={incident}
                  zone={zone}
                  defaultDate={defaultDate}
                  save={save}
                  onDone={() => setEditing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <h2 id="durations-title">Durations</h2>
      {metrics.data && (
        <dl className="durations" aria-labelledby="durations-title">
          {Object.entries(metrics.data.durations).map(([name, seconds]) => (
            <div key={name} className="duration">
              <dt>{DURATION_LABELS[name] ?? name}</dt>
              <dd>
                <span className="duration-value">
                  {seconds === null ? '—' : formatDuration(seconds)}
                </span>
                <span className="duration-definition">
                  {(metrics.data.definitions[name] ?? '').replace(/, in seconds$/, '')}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {metrics.data && Object.values(metrics.data.durations).every((value) => value === null) && (
        <p className="muted small-print">
          Set two milestones — for example impact started and detected — and the time between them
          appears here.
        </p>
      )}
      {metrics.data && metrics.data.findings.length > 0 && (
        <div className="findings" role="status">
          <h3>Check these</h3>
          <ul>
            {metrics.data.findings.map((finding) => (
              <li
                key={`${finding.rule}-${finding.message}`}
                className={`finding finding-${finding.severity}`}
              >
                <p>{humanizeFinding(finding.message, zone)}</p>
                {finding.suggestion && <p className="muted">{finding.suggestion}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
