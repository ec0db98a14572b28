/** @module The stale-write banner: someone saved first; reload theirs or re-apply mine — never overwrite silently. */
export interface Conflict {
  message: string;
  /** Sends my change again on top of the latest version. */
  reapply: () => Promise<void>;
}

export function ConflictBanner({
  conflict,
  subject = 'incident',
  onReload,
  onReapply,
}: {
  conflict: Conflict;
  /** What was being edited, as the heading names it. */
  subject?: 'incident' | 'review' | 'action item';
  onReload: () => void;
  onReapply: () => void;
}) {
  return (
    <section className="conflict-banner" role="alert" aria-labelledby="conflict-title">
      <div>
        <h2 id="conflict-title">Someone else changed this {subject} while you were editing</h2>
        <p>{conflict.message}</p>
        <p className="muted">
          Reload to see their version and drop your change, or re-apply your change on top of
          theirs.
        </p>
      </div>
      <div className="conflict-actions">
        <button type="button" className="button" onClick={onReload}>
          Reload latest
        </button>
        <button type="button" className="button primary" onClick={onReapply}>
          Re-apply my change
        </button>
      </div>
    </section>
  );
}
