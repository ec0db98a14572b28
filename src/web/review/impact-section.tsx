/** @module Impact inputs (people affected, duration, revenue, responders, credits) and the cost they give, with its formula. */
import { type FormEvent, useState } from 'react';
import type { Review } from '../client/types.js';
import type { EditorProps } from './editor-props.js';
import { ReviewSection } from './review-section.js';
import { patchReview } from './use-review-save.js';

type Impact = Review['impact'];
type NumberField = Exclude<keyof Impact, 'currency' | 'notes'>;

const FIELDS: { name: NumberField; label: string; hint: string; nullable: boolean }[] = [
  { name: 'usersAffected', label: 'Users affected', hint: 'people', nullable: true },
  { name: 'customersAffected', label: 'Customers affected', hint: 'accounts', nullable: true },
  { name: 'impactFraction', label: 'Share of traffic affected', hint: '0 to 1', nullable: false },
  { name: 'durationMinutes', label: 'Impact duration', hint: 'minutes', nullable: true },
  { name: 'revenuePerHour', label: 'Revenue per hour', hint: 'normal hour', nullable: false },
  { name: 'responderHours', label: 'Responder hours', hint: 'all people', nullable: false },
  { name: 'hourlyRate', label: 'Hourly rate', hint: 'per responder', nullable: false },
  { name: 'slaCredits', label: 'SLA credits', hint: 'owed', nullable: false },
];

const textOf = (value: number | null) => (value === null ? '' : String(value));

/** A number the person typed; anything else goes to the server as typed so its message explains. */
function valueFrom(text: string, nullable: boolean): unknown {
  const trimmed = text.trim().replace(/[\s,_]/g, '');
  if (trimmed === '') return nullable ? null : text;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : text;
}

function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function ImpactSection({ detail, save }: EditorProps) {
  const impact = detail.review.impact;
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(FIELDS.map((f) => [f.name, textOf(impact[f.name])])),
  );
  const [currency, setCurrency] = useState(impact.currency);
  const [notes, setNotes] = useState(impact.notes);
  const [saved, setSaved] = useState(false);
  const { cost } = detail;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: Record<string, unknown> = { currency: currency.trim().toUpperCase(), notes };
    for (const field of FIELDS)
      patch[field.name] = valueFrom(texts[field.name] ?? '', field.nullable);
    setSaved(await save(patchReview(() => ({ impact: patch }))));
  };

  return (
    <ReviewSection
      id="section-impact"
      title="Impact and cost"
      hint="Every input is editable; the estimate below is recomputed by the server from them when you save."
    >
      <form className="impact-form" onSubmit={submit} aria-label="Impact inputs">
        <div className="impact-grid">
          {FIELDS.map((field) => (
            <label key={field.name} className="field">
              <span>
                {field.label} <span className="unit">({field.hint})</span>
              </span>
              <input
                id={`impact-${field.name}`}
                inputMode="decimal"
                value={texts[field.name] ?? ''}
                onChange={(event) => {
                  setSaved(false);
                  setTexts({ ...texts, [field.name]: event.target.value });
                }}
              />
            </label>
          ))}
          <label className="field">
            <span>Currency</span>
            <input
              id="impact-currency"
              value={currency}
              maxLength={3}
              onChange={(event) => {
                setSaved(false);
                setCurrency(event.target.value);
              }}
            />
          </label>
          <label className="field wide">
            <span>Notes on the impact</span>
            <textarea
              id="impact-notes"
              rows={2}
              value={notes}
              onChange={(event) => {
                setSaved(false);
                setNotes(event.target.value);
              }}
            />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            Save impact
          </button>
          {saved && (
            <span className="saved-note" role="status">
              Saved
            </span>
          )}
        </div>
      </form>
      <div className="cost-estimate">
        <p>
          <span className="cost-total">{formatMoney(cost.total, cost.currency)}</span>{' '}
          <span className="muted">estimated cost</span>
        </p>
        <dl className="cost-parts">
          <div>
            <dt>Lost revenue</dt>
            <dd>{formatMoney(cost.parts.lostRevenue, cost.currency)}</dd>
          </div>
          <div>
            <dt>Responder time</dt>
            <dd>{formatMoney(cost.parts.responderCost, cost.currency)}</dd>
          </div>
          <div>
            <dt>SLA credits</dt>
            <dd>{formatMoney(cost.parts.slaCredits, cost.currency)}</dd>
          </div>
        </dl>
        <p className="cost-formula">
          <span className="visually-hidden">How it is computed: </span>
          {cost.formula}
        </p>
      </div>
    </ReviewSection>
  );
}
