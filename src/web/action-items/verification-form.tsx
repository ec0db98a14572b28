/** @module Evidence that a finished action item works: what was tested, when (in a named zone), and a link. */
import { type FormEvent, useState } from 'react';
import { instantFromZoned, zonedPartsOf, zoneLabel } from '../lib/zoned-time.js';

export interface VerificationInput {
  what: string;
  at: string;
  link: string | null;
}

export function VerificationForm({
  idPrefix,
  zone,
  now,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  zone: string;
  /** Defaults the date and time; passed in so that tests and screenshots are stable. */
  now: number;
  onSubmit: (evidence: VerificationInput) => Promise<void>;
  onCancel: () => void;
}) {
  const start = zonedPartsOf(now, zone);
  const [what, setWhat] = useState('');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time.slice(0, 5));
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    // An unreadable date goes to the server as typed, so that its message explains what is wrong.
    const at = instantFromZoned(date, time, zone) ?? `${date} ${time}`;
    await onSubmit({ what, at, link: link.trim() === '' ? null : link.trim() });
    setBusy(false);
  };
  return (
    <form className="verification-form" onSubmit={submit} aria-label="Verification evidence">
      <p className="small-print muted">
        Verified means the fix was tested and works. Record the test so others can trust it.
      </p>
      <label className="field">
        <span>How it was tested</span>
        <textarea
          id={`${idPrefix}-what`}
          rows={2}
          value={what}
          placeholder="Expired a staging certificate; the alert paged within 4 minutes"
          onChange={(event) => setWhat(event.target.value)}
        />
      </label>
      <div className="verification-when">
        <label className="field">
          <span>Date</span>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <label className="field">
          <span>Time ({zoneLabel(zone)})</span>
          <input
            value={time}
            onChange={(event) => setTime(event.target.value)}
            placeholder="14:30"
          />
        </label>
      </div>
      <label className="field">
        <span>Evidence link (optional)</span>
        <input
          type="url"
          value={link}
          placeholder="https://ci.example.com/runs/4411"
          onChange={(event) => setLink(event.target.value)}
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Mark verified
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
