/** @module A text field of the review that shows blame, hindsight and vagueness findings as the author types. */
import { useId, useState } from 'react';
import type { Finding, LintFinding } from '../client/types.js';
import { excerptAround } from './excerpt-around.js';
import { useLiveLint } from './use-live-lint.js';

export interface LintedTextProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Called when the field loses focus or Enter is pressed in a single-line field. */
  onCommit?: () => void;
  kind?: 'narrative' | 'actionItem';
  participants: readonly string[];
  /** The review's lint findings for this field, shown until the author types. */
  saved?: readonly Finding[];
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hideLabel?: boolean;
}

function FindingNote({ finding, text }: { finding: LintFinding; text: string }) {
  const { before, match, after } = excerptAround(text, finding.start, finding.end);
  return (
    <li className={`lint-note lint-${finding.severity}`}>
      <span>{finding.message}</span>
      {match && match !== text && (
        <q className="lint-excerpt">
          {before}
          <mark>{match}</mark>
          {after}
        </q>
      )}
      {finding.suggestion && <span className="lint-suggestion">Try: {finding.suggestion}</span>}
    </li>
  );
}

export function LintedText({
  id,
  label,
  value,
  onChange,
  onCommit,
  kind = 'narrative',
  participants,
  saved = [],
  multiline = false,
  rows = 3,
  placeholder,
  hideLabel = false,
}: LintedTextProps) {
  const notesId = useId();
  const [focused, setFocused] = useState(false);
  const [typed, setTyped] = useState(false);
  const live = useLiveLint(value, focused && typed, kind, participants);
  const findings: LintFinding[] =
    typed && live
      ? live.text === value
        ? live.findings
        : []
      : saved.map((finding) => ({
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          start: finding.where?.start ?? 0,
          end: finding.where?.end ?? value.length,
          ...(finding.suggestion ? { suggestion: finding.suggestion } : {}),
        }));
  const common = {
    id,
    value,
    placeholder,
    'aria-describedby': findings.length ? notesId : undefined,
    onFocus: () => setFocused(true),
    onBlur: () => {
      setFocused(false);
      onCommit?.();
    },
  };
  return (
    <div className="linted-text">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          onChange={(event) => {
            setTyped(true);
            onChange(event.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          onChange={(event) => {
            setTyped(true);
            onChange(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onCommit?.();
            }
          }}
        />
      )}
      <div id={notesId} aria-live="polite">
        {findings.length > 0 && (
          <ul className="lint-notes">
            {findings.map((finding) => (
              <FindingNote
                key={`${finding.rule}-${finding.start}-${finding.end}`}
                finding={finding}
                text={value}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
