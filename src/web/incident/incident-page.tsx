/** @module The Incident screen: header, conflicts, the timeline (list or time axis) and the milestones panel. */
import { useEffect, useMemo, useState } from 'react';
import { useIncident } from '../client/index.js';
import type { IncidentWithEvents, TimelineEvent } from '../client/types.js';
import { ConflictBanner } from '../components/conflict-banner.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { ZoneSwitcher } from '../components/zone-switcher.js';
import { zonedPartsOf } from '../lib/zoned-time.js';
import { EventEditor } from '../timeline/event-editor.js';
import { QuickEntry } from '../timeline/quick-entry.js';
import { TimeAxis } from '../timeline/time-axis.js';
import { TimelineList } from '../timeline/timeline-list.js';
import { IncidentHeader } from './incident-header.js';
import { MilestonesPanel } from './milestones-panel.js';
import { RelatedPanel } from './related-panel.js';
import { ReviewPanel } from './review-panel.js';
import { useGuardedSave } from './use-guarded-save.js';

/** The day a bare time on the entry line belongs to: when impact started, else the first event, else declaration. */
function incidentDay(incident: IncidentWithEvents, zone: string): string {
  const anchor = incident.milestones.impactStarted ?? incident.events[0]?.at ?? incident.createdAt;
  return zonedPartsOf(Date.parse(anchor), zone).date;
}

export function IncidentPage({ incidentKey }: { incidentKey: string }) {
  const incident = useIncident(incidentKey);
  const guarded = useGuardedSave(incidentKey);
  const [zone, setZone] = useState<string | null>(null);
  const [view, setView] = useState<'list' | 'axis'>('list');
  const [highlightsOnly, setHighlightsOnly] = useState(false);
  const [editing, setEditing] = useState<TimelineEvent | null>(null);
  const data = incident.data;

  useEffect(() => {
    if (data) performance.mark('hindsight:incident-ready');
  }, [data]);

  const events = useMemo(
    () =>
      data ? (highlightsOnly ? data.events.filter((event) => event.highlight) : data.events) : [],
    [data, highlightsOnly],
  );

  if (incident.error) {
    return (
      <main id="main" className="page">
        <EmptyState title="This incident could not be opened">
          <ErrorNote error={incident.error} />
          <Link href="/" className="button">
            Back to incidents
          </Link>
        </EmptyState>
      </main>
    );
  }
  if (!data) {
    return (
      <main id="main" className="page">
        <p className="muted" aria-live="polite">
          Loading {incidentKey}…
        </p>
      </main>
    );
  }
  const shownZone = zone ?? data.timeZone;

  return (
    <main id="main" className="page incident-page">
      <IncidentHeader key={data.version} incident={data} save={guarded.save} />
      {guarded.conflict && (
        <ConflictBanner
          conflict={guarded.conflict}
          onReload={() => {
            setEditing(null);
            void guarded.reload();
          }}
          onReapply={() => void guarded.conflict?.reapply()}
        />
      )}
      <ErrorNote error={guarded.error} />
      <div className="incident-grid">
        <section className="card timeline-card" aria-labelledby="timeline-title">
          <div className="section-head">
            <h2 id="timeline-title">Timeline</h2>
            <div className="toolbar">
              <ZoneSwitcher zone={shownZone} incidentZone={data.timeZone} onChange={setZone} />
              <fieldset className="segmented">
                <legend className="visually-hidden">Timeline view</legend>
                <label>
                  <input
                    type="radio"
                    name="view"
                    checked={view === 'list'}
                    onChange={() => setView('list')}
                  />
                  List
                </label>
                <label>
                  <input
                    type="radio"
                    name="view"
                    checked={view === 'axis'}
                    onChange={() => setView('axis')}
                  />
                  Time axis
                </label>
              </fieldset>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={highlightsOnly}
                  onChange={(event) => setHighlightsOnly(event.target.checked)}
                />
                Highlights only
              </label>
            </div>
          </div>
          <QuickEntry
            incident={data}
            zone={shownZone}
            defaultDate={incidentDay(data, shownZone)}
            save={guarded.save}
          />
          {editing && (
            <EventEditor
              key={editing.id}
              incident={data}
              event={editing}
              zone={shownZone}
              save={guarded.save}
              onDone={() => setEditing(null)}
            />
          )}
          {view === 'axis' ? (
            <TimeAxis incident={data} zone={shownZone} />
          ) : events.length === 0 ? (
            <EmptyState
              title={highlightsOnly ? 'No highlighted events yet' : 'The timeline is empty'}
            >
              {highlightsOnly ? (
                <p>Star the events that tell the story; reports show highlighted events.</p>
              ) : (
                <p>
                  Type what happened in the line above, one event per line:{' '}
                  <kbd>09:02 alert checkout 5xx above 2%</kbd>, then{' '}
                  <kbd>09:07 action rolled back the deploy</kbd>. Alerts and deploys sent to
                  Hindsight's webhooks appear here too.
                </p>
              )}
            </EmptyState>
          ) : (
            <TimelineList
              incident={data}
              events={events}
              zone={shownZone}
              save={guarded.save}
              onEdit={setEditing}
            />
          )}
        </section>
        <div className="side-column">
          <MilestonesPanel
            incident={data}
            zone={shownZone}
            defaultDate={incidentDay(data, shownZone)}
            save={guarded.save}
          />
          <ReviewPanel incidentKey={data.key} zone={shownZone} />
          <RelatedPanel incidentKey={data.key} />
        </div>
      </div>
    </main>
  );
}
