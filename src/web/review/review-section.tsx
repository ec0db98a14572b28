/** @module One titled card of the review editor; its heading takes focus when a finding points at the section. */
import type { ReactNode } from 'react';

export function ReviewSection({
  id,
  title,
  hint,
  actions,
  children,
}: {
  id: string;
  title: string;
  hint?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card review-section" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id} tabIndex={-1}>
          {title}
        </h2>
        {actions}
      </div>
      {hint && <p className="muted section-hint">{hint}</p>}
      {children}
    </section>
  );
}
