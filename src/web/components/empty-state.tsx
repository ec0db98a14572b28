/** @module An empty state that teaches what to do next, not just that nothing is here. */
import type { ReactNode } from 'react';

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      <h3>{title}</h3>
      <div className="empty-state-body">{children}</div>
    </div>
  );
}
