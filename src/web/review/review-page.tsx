/** @module The review editor screen: every section of the review, the findings that block approval, and the status moves. */
import { useEffect, useState } from 'react';
import { useIncident, useIncidentBudgets, useReview } from '../client/index.js';
import type { Finding } from '../client/types.js';
import { BudgetCallout } from '../components/budget-callout.js';
import { ConflictBanner } from '../components/conflict-banner.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { ZoneSwitcher } from '../components/zone-switcher.js';
import { ReviewPanel } from '../incident/review-panel.js';
import { ActionItemsSection } from './action-items-section.js';
import { CuratedTimeline } from './curated-timeline.js';
import type { EditorProps } from './editor-props.js';
import { FactorsSection } from './factors-section.js';
import { FindingsPanel } from './findings-panel.js';
import { ImpactSection } from './impact-section.js';
import { LessonsSection } from './lessons-section.js';
import { MeetingSection } from './meeting-section.js';
import { StatusPanel } from './status-panel.js';
import { SummarySection } from './summary-section.js';
import { useReviewSave } from './use-review-save.js';
import { WhyTreesSection } from './why-trees-section.js';

export function ReviewPage({ incidentKey }: { incidentKey: string }) {
  const review = useReview(incidentKey);
  const incident = useIncident(incidentKey);
  const saving = useReviewSave(incidentKey);
  const budgets = useIncidentBudgets(incidentKey);
  const [zone, setZone] = useState<string | null>(null);
  // Reloading after a conflict drops every unsaved draft: the sections start again from the server.
  const [generation, setGeneration] = useState(0);
  const detail = review.data;

  useEffect(() => {
    document.title = `Review of ${incidentKey} · Hindsight`;
    return () => {
      document.title = 'Hindsight';
    };
  }, [incidentKey]);

  const error = review.error ?? incident.error;
  if (error || detail === null) {
    return (
      <main id="main" className="page">
        {error ? (
          <EmptyState title="This review could not be opened">
            <ErrorNote error={error} />
            <Link href="/" className="button">
              Back to incidents
            </Link>
          </EmptyState>
        ) : (
          <div className="narrow">
            <h1>{incidentKey} has no review yet</h1>
            <ReviewPanel incidentKey={incidentKey} zone="UTC" />
          </div>
        )}
      </main>
    );
  }
  if (!detail || !incident.data) {
    return (
      <main id="main" className="page">
        <p className="muted" aria-live="polite">
          Loading the review of {incidentKey}…
        </p>
      </main>
    );
  }
  const shownZone = zone ?? incident.data.timeZone;
  const participants = incident.data.participants.map((p) => p.name);
  const byPath = new Map<string, Finding[]>();
  for (const finding of detail.lint) {
    const path = finding.where?.path ?? '';
    byPath.set(path, [...(byPath.get(path) ?? []), finding]);
  }
  const props: EditorProps = {
    detail,
    save: saving.save,
    trySave: saving.trySave,
    participants,
    lintAt: (path) => byPath.get(path) ?? [],
    zone: shownZone,
  };

  return (
    <main id="main" className="page review-page">
      <header className="review-head">
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link href="/">Incidents</Link> <span aria-hidden="true">/</span>{' '}
          <Link href={`/incidents/${detail.incident.key}`}>{detail.incident.key}</Link>{' '}
          <span aria-hidden="true">/</span> <span aria-current="page">Review</span>
        </nav>
        <div className="title-row">
          <h1>
            <span className="incident-key">{detail.incident.key}</span> Review:{' '}
            {detail.incident.title}
          </h1>
          <div className="toolbar">
            <span className="muted small-print" aria-live="polite">
              {saving.saving
                ? 'Saving…'
                : `Version ${detail.review.version} · ${detail.template.name}`}
            </span>
            <ZoneSwitcher
              zone={shownZone}
              incidentZone={incident.data.timeZone}
              onChange={setZone}
            />
          </div>
        </div>
      </header>
      <BudgetCallout budgets={(budgets.data ?? []).filter((budget) => budget.exhausted)} />
      {saving.conflict && (
        <ConflictBanner
          subject="review"
          conflict={saving.conflict}
          onReload={() => {
            void saving.reload().then(() => setGeneration((g) => g + 1));
          }}
          onReapply={() => void saving.conflict?.reapply()}
        />
      )}
      <ErrorNote error={saving.error} />
      <div className="review-grid" key={generation}>
        <div className="review-sections">
          <SummarySection {...props} />
          <ImpactSection {...props} />
          <CuratedTimeline detail={detail} zone={shownZone} />
          <WhyTreesSection {...props} />
          <FactorsSection {...props} events={incident.data.events} />
          <ActionItemsSection {...props} />
          <LessonsSection {...props} />
          <MeetingSection {...props} />
        </div>
        <aside className="side-column review-side" aria-label="Findings and status">
          <StatusPanel detail={detail} zone={shownZone} trySave={saving.trySave} />
          <FindingsPanel detail={detail} zone={shownZone} />
        </aside>
      </div>
    </main>
  );
}
