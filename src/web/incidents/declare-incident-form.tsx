/** @module Declare an incident: title, severity, services, tags; the server's message on bad input. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SEVERITIES, useServices } from '../client/index.js';
import { requestJson } from '../client/request-json.js';
import type { Incident } from '../client/types.js';
import { ErrorNote } from '../components/error-note.js';
import { navigate } from '../lib/router.js';

/** `checkout, payment-gateway` → `['checkout', 'payment-gateway']` */
function listFrom(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function DeclareIncidentForm({ onCancel }: { onCancel: () => void }) {
  const queryClient = useQueryClient();
  const services = useServices();
  const titleInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [severity, setSeverity] = useState('SEV2');
  const [serviceText, setServiceText] = useState('');
  const [tagText, setTagText] = useState('');
  const declare = useMutation({
    mutationFn: () =>
      requestJson<Incident>('POST', '/incidents', {
        title,
        severity,
        services: listFrom(serviceText),
        tags: listFrom(tagText),
      }),
    onSuccess: async (incident) => {
      await queryClient.invalidateQueries({ queryKey: ['incidents'] });
      navigate(`/incidents/${incident.key}`);
    },
  });
  useEffect(() => titleInput.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    declare.mutate();
  };

  return (
    <form className="card declare-form" onSubmit={submit} aria-labelledby="declare-title">
      <h2 id="declare-title">Declare an incident</h2>
      <p className="muted">
        Declare as soon as you suspect impact: severity and details can change as you learn more.
      </p>
      <div className="form-grid">
        <label className="field wide">
          <span>Title</span>
          <input
            ref={titleInput}
            name="title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder="Checkout returns errors for card payments"
            aria-describedby={declare.error ? 'declare-error' : undefined}
          />
        </label>
        <label className="field">
          <span>Severity</span>
          <select
            name="severity"
            value={severity}
            onChange={(event) => setSeverity(event.target.value)}
          >
            {SEVERITIES.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Services (comma-separated)</span>
          <input
            name="services"
            list="known-services"
            value={serviceText}
            onChange={(event) => setServiceText(event.target.value)}
            placeholder="checkout, payment-gateway"
          />
          <datalist id="known-services">
            {(services.data ?? []).map((service) => (
              <option key={service.name} value={service.name} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span>Tags (comma-separated)</span>
          <input
            name="tags"
            value={tagText}
            onChange={(event) => setTagText(event.target.value)}
            placeholder="payments, eu-west"
          />
        </label>
      </div>
      <ErrorNote error={declare.error} id="declare-error" />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={declare.isPending}>
          {declare.isPending ? 'Declaring…' : 'Declare incident'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
