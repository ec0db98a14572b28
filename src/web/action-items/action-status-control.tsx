/** @module Move an action item: the allowed next statuses, a reason for won't do, evidence for verified, and the server's message when refused. */
import { type FormEvent, useState } from 'react';
import { ACTION_STATUS_LABELS, messageOf, NEXT_ACTION_STATUSES } from '../client/index.js';
import type { ActionItem, ActionItemStatus } from '../client/types.js';
import { formatInstant } from '../lib/zoned-time.js';
import { VerificationForm, type VerificationInput } from './verification-form.js';

export interface TransitionBody {
  to: ActionItemStatus;
  verification?: VerificationInput;
  reason?: string;
}

/** Sends the move; resolves to the failure, or null when it worked. */
export type Transition = (body: TransitionBody) => Promise<unknown>;

export function ActionStatusControl({
  item,
  zone,
  now,
  transition,
}: {
  item: ActionItem;
  zone: string;
  now: number;
  transition: Transition;
}) {
  const [form, setForm] = useState<'verify' | 'wont_do' | null>(null);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const id = `action-${item.id}`;
  const move = async (body: TransitionBody) => {
    const problem = await transition(body);
    setFailure(problem);
    if (problem === null) setForm(null);
  };
  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    void move({ to: 'wont_do', reason });
  };
  return (
    <div className="status-control">
      <label className="field">
        <span>Status</span>
        <select
          id={`${id}-status`}
          value=""
          aria-label={`Status of “${item.title}”: ${ACTION_STATUS_LABELS[item.status]}`}
          onChange={(event) => {
            const to = event.target.value as ActionItemStatus;
            setFailure(null);
            if (to === 'verified') setForm('verify');
            else if (to === 'wont_do') setForm('wont_do');
            else void move({ to });
          }}
        >
          <option value="">{ACTION_STATUS_LABELS[item.status]}</option>
          {NEXT_ACTION_STATUSES[item.status].map((status) => (
            <option key={status} value={status}>
              Move to {ACTION_STATUS_LABELS[status].toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      {item.verification && (
        <p className="small-print verification-note">
          Verified {formatInstant(item.verification.at, zone)} by {item.verification.by}:{' '}
          {item.verification.what}
          {item.verification.link && (
            <>
              {' '}
              <a href={item.verification.link} target="_blank" rel="noreferrer">
                evidence
              </a>
            </>
          )}
        </p>
      )}
      {item.wontDoReason && <p className="small-print muted">Won’t do: {item.wontDoReason}</p>}
      {form === 'verify' && (
        <VerificationForm
          idPrefix={`${id}-verification`}
          zone={zone}
          now={now}
          onCancel={() => setForm(null)}
          onSubmit={(verification) => move({ to: 'verified', verification })}
        />
      )}
      {form === 'wont_do' && (
        <form
          className="verification-form"
          onSubmit={submitReason}
          aria-label="Reason for won’t do"
        >
          <label className="field">
            <span>Why it will not be done</span>
            <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="form-actions">
            <button type="submit" className="button primary">
              Mark won’t do
            </button>
            <button type="button" className="button" onClick={() => setForm(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {failure !== null && (
        <p className="error-note" role="alert">
          {messageOf(failure)}
        </p>
      )}
    </div>
  );
}
