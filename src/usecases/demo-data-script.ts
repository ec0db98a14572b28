/** @module Plays a scripted demo incident through the use cases, as if people had recorded it live. */
import type { Incident } from '../domain/incident.js';
import { epochMsOf, type Instant, instantFromEpochMs } from '../domain/instant.js';
import type { MilestoneName } from '../domain/milestones.js';
import type { EvidenceLink, TimelineEventKind } from '../domain/timeline-event.js';
import type { UseCaseContext } from './context.js';
import { createIncident, type IncidentCreate, updateIncident } from './incidents.js';
import { setMilestones } from './milestones.js';
import { addTimelineEvent } from './timeline.js';

/** Times are whole minutes after the moment impact started. */
export interface DemoIncidentScript {
  incident: IncidentCreate & { timeZone: string };
  declaredAtMinute: number;
  milestones: Record<MilestoneName, number>;
  /** Minutes at which the incident was marked mitigated, then resolved. */
  mitigatedAtMinute: number;
  resolvedAtMinute: number;
  events: DemoEvent[];
}

export interface DemoEvent {
  minute: number;
  kind: Exclude<TimelineEventKind, 'field_change'>;
  text: string;
  actor?: string;
  highlight?: boolean;
  links?: EvidenceLink[];
  source?: string;
}

const MINUTE_MS = 60_000;
// People write an entry down a little after it happens; field changes follow their decisions.
const RECORDING_DELAY_MS = 60_000;

/** Declares the incident at its declaration minute and records everything else in time order. */
export async function playDemoScript(
  ctx: UseCaseContext,
  script: DemoIncidentScript,
  impactStarted: Instant,
): Promise<Incident> {
  const atMinute = (minute: number) =>
    instantFromEpochMs(epochMsOf(impactStarted) + minute * MINUTE_MS);
  let nowMs = 0;
  const play: UseCaseContext = { ...ctx, clock: () => instantFromEpochMs(nowMs++) };
  const recordAt = (minute: number) => {
    const target = epochMsOf(atMinute(Math.max(minute, script.declaredAtMinute)));
    nowMs = Math.max(nowMs, target + RECORDING_DELAY_MS);
  };

  recordAt(script.declaredAtMinute);
  let incident = await createIncident(play, script.incident);
  const steps: { minute: number; run: () => Promise<unknown> }[] = [
    ...script.events.map((event) => ({
      minute: event.minute,
      run: () =>
        addTimelineEvent(play, incident.key, {
          at: atMinute(event.minute),
          sourceZone: script.incident.timeZone,
          kind: event.kind,
          text: event.text,
          actor: event.actor ?? null,
          highlight: event.highlight ?? false,
          links: event.links ?? [],
          source: event.source ?? 'manual',
        }),
    })),
    ...(Object.entries(script.milestones) as [MilestoneName, number][]).map(([name, minute]) => ({
      minute,
      run: async () => {
        ({ incident } = await setMilestones(
          play,
          incident.key,
          { [name]: atMinute(minute) },
          null,
        ));
      },
    })),
    ...(
      [
        ['mitigated', script.mitigatedAtMinute],
        ['resolved', script.resolvedAtMinute],
      ] as const
    ).map(([status, minute]) => ({
      minute,
      run: async () => {
        incident = await updateIncident(play, incident.key, { status }, incident.version);
      },
    })),
  ];
  // A stable sort keeps an event before the milestone and status change it led to.
  for (const step of steps.sort((a, b) => a.minute - b.minute)) {
    recordAt(step.minute);
    await step.run();
  }
  return incident;
}
