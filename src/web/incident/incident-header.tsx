/** @module The incident header: key, title, severity, status (allowed transitions only), services, people. */
import { type FormEvent, useState } from 'react';
import {
  allowedNextStatuses,
  type IncidentStatus,
  requestJson,
  SEVERITIES,
  STATUS_LABELS,
} from '../client/index.js';
import type { IncidentWithEvents } from '../client/types.js';
import { SeverityBadge, StatusBadge } from '../components/badges.js';
import { Link } from '../components/link.js';
import type { Send } from './use-guarded-save.js';

/** `incident_commander` → `Incident commander` */
function roleLabel(role: string): string {
  const words = role.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function patchIncident(key: string, changes: Record<string, unknown>): Send {
  return (base) =>
    requestJson('PATCH', `/incidents/${encodeURIComponent(key)}`, {
      ...changes,
      version: base.version,
    });
}

export function IncidentHeader({
  incident,
  save,
}: {
  incident: IncidentWithEvents;
  save: (send: Send, base: IncidentWithEvents) => Promise<boolean>;
}) {
  const [editingTitle, setEditingTitle] = useState(false);
  const [title, setTitle] = useState(incident.title);
  const change = (changes: Record<string, unknown>) =>
    save(patchIncident(incident.key, changes), incident);

  const submitTitle = async (event: FormEvent) => {
    event.preventDefault();
    if (await change({ title })) setEditingTitle(false);
  };

  return (
    <header className="incident-header">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Incidents</Link> <span aria-hidden="true">/</span>{' '}
        <span aria-current="page">{incident.key}</span>
      </nav>
      {editingTitle ? (
        <form className="title-form" onSubmit={submitTitle}>
          <label className="field grow">
            <span>Title</span>
            <input
              // biome-ignore lint/a11y/noAutofocus: the person just asked to edit this field.
              autoFocus
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setEditingTitle(false);
              }}
            />
          </label>
          <button type="submit" className="button primary">
            Save title
          </button>
          <button type="button" className="button" onClick={() => setEditingTitle(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="title-row">
          <h1>
            <span className="incident-key">{incident.key}</span> {incident.title}
          </h1>
          <button
            type="button"
            className="button subtle"
            onClick={() => {
              setTitle(incident.title);
              setEditingTitle(true);
            }}
          >
            Edit title
          </button>
        </div>
      )}
      <div className="header-controls">
        <SeverityBadge severity={incident.severity} />
        <StatusBadge status={incident.status} />
        <label className="inline-field">
          <span>Severity</span>
          <select
            value={incident.severity}
            onChange={(event) => change({ severity: event.target.value })}
          >
            {SEVERITIES.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>Status</span>
          <select
            value={incident.status}
            onChange={(event) => change({ status: event.target.value as IncidentStatus })}
          >
            <option value={incident.status}>{STATUS_LABELS[incident.status]}</option>
            {allowedNextStatuses(incident.status).map((status) => (
              <option key={status} value={status}>
                Move to {STATUS_LABELS[status].toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      <dl className="facts">
        <div>
          <dt>Services</dt>
          <dd>{incident.services.length ? incident.services.join(', ') : 'None named yet'}</dd>
        </div>
        <div>
          <dt>Tags</dt>
          <dd>{incident.tags.length ? incident.tags.join(', ') : 'None'}</dd>
        </div>
        <div>
          <dt>Roles</dt>
          <dd>
            {incident.roles.length
              ? incident.roles.map((r) => `${roleLabel(r.role)}: ${r.person}`).join(' · ')
              : 'No roles assigned'}
          </dd>
        </div>
        <div>
          <dt>Participants</dt>
          <dd>
            {incident.participants.length
              ? incident.participants
                  .map((p) => (p.team ? `${p.name} (${p.team})` : p.name))
                  .join(', ')
              : 'Nobody listed yet'}
          </dd>
        </div>
      </dl>
    </header>
  );
}
