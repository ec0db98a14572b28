/** @module The timeline on a horizontal time axis: one lane per kind, milestones as markers, long gaps shaded. */
import { MILESTONE_LABELS, type MilestoneName } from '../client/index.js';
import type { IncidentWithEvents } from '../client/types.js';
import { formatDuration } from '../lib/format-duration.js';
import { zonedPartsOf } from '../lib/zoned-time.js';
import { findLongGaps } from './find-long-gaps.js';

const WIDTH = 1000;
const LEFT = 110;
const RIGHT = 20;
const LANE = 26;
const TOP = 44;
const BOTTOM = 30;
const KIND_ORDER = [
  'impact',
  'alert',
  'metric',
  'action',
  'decision',
  'deploy',
  'communication',
  'external',
  'note',
  'field_change',
];

/** Milestone labels on up to three rows, each on the first row where it does not touch the one before. */
function labelRows(
  marks: { name: MilestoneName; x: number }[],
): { name: MilestoneName; x: number; row: number }[] {
  const rowEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  return [...marks]
    .sort((a, b) => a.x - b.x)
    .map((mark) => {
      const half = MILESTONE_LABELS[mark.name].length * 3.4;
      const free = rowEnds.findIndex((end) => end < mark.x - half);
      const row = free === -1 ? rowEnds.indexOf(Math.min(...rowEnds)) : free;
      rowEnds[row] = mark.x + half + 4;
      return { ...mark, row };
    });
}

export function TimeAxis({ incident, zone }: { incident: IncidentWithEvents; zone: string }) {
  const milestones = Object.entries(incident.milestones).filter(
    (entry): entry is [MilestoneName, string] => entry[1] !== null,
  );
  const instants = [
    ...incident.events.map((event) => Date.parse(event.at)),
    ...milestones.map(([, at]) => Date.parse(at)),
  ];
  if (instants.length === 0) {
    return (
      <p className="muted">The time axis appears once the timeline has events or milestones.</p>
    );
  }
  const kinds = KIND_ORDER.filter((kind) => incident.events.some((event) => event.kind === kind));
  const first = Math.min(...instants);
  const last = Math.max(...instants);
  const span = Math.max(last - first, 60_000);
  const x = (ms: number) => LEFT + ((ms - first) / span) * (WIDTH - LEFT - RIGHT);
  const height = TOP + Math.max(kinds.length, 1) * LANE + BOTTOM;
  const gaps = findLongGaps(
    incident.events.map((event) => Date.parse(event.at)),
    10 * 60_000,
  );
  const ticks = Array.from({ length: 6 }, (_, i) => first + (span * i) / 5);
  const sameDay = zonedPartsOf(first, zone).date === zonedPartsOf(last, zone).date;

  return (
    <figure className="time-axis">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Time axis of ${incident.events.length} events in ${kinds.length} lanes, ${milestones.length} milestones and ${gaps.length} long gaps, times in ${zone}`}
      >
        {gaps.map((gap) => (
          <g key={gap.fromMs} className="axis-gap">
            <rect
              x={x(gap.fromMs)}
              y={TOP - 6}
              width={x(gap.toMs) - x(gap.fromMs)}
              height={kinds.length * LANE + 6}
            />
            <text
              x={(x(gap.fromMs) + x(gap.toMs)) / 2}
              y={TOP + kinds.length * LANE + 14}
              textAnchor="middle"
            >
              quiet {formatDuration((gap.toMs - gap.fromMs) / 1000)}
            </text>
          </g>
        ))}
        {kinds.map((kind, lane) => (
          <g key={kind} className="axis-lane">
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={TOP + lane * LANE + LANE / 2}
              y2={TOP + lane * LANE + LANE / 2}
            />
            <text x={LEFT - 10} y={TOP + lane * LANE + LANE / 2 + 4} textAnchor="end">
              {kind.replace('_', ' ')}
            </text>
            {incident.events
              .filter((event) => event.kind === kind)
              .map((event) => (
                <circle
                  key={event.id}
                  className={`axis-event kind-${kind}${event.highlight ? ' highlighted' : ''}`}
                  cx={x(Date.parse(event.at))}
                  cy={TOP + lane * LANE + LANE / 2}
                  r={event.highlight ? 6 : 4}
                >
                  <title>{`${zonedPartsOf(Date.parse(event.at), zone).time} ${zone} — ${event.text}`}</title>
                </circle>
              ))}
          </g>
        ))}
        {labelRows(milestones.map(([name, at]) => ({ name, x: x(Date.parse(at)) }))).map(
          ({ name, x: at, row }) => (
            <g key={name} className="axis-milestone">
              <line x1={at} x2={at} y1={TOP - 8} y2={TOP + kinds.length * LANE} />
              <text x={at} y={10 + row * 11} textAnchor="middle">
                {MILESTONE_LABELS[name]}
              </text>
            </g>
          ),
        )}
        {ticks.map((tick) => {
          const parts = zonedPartsOf(tick, zone);
          return (
            <text key={tick} className="axis-tick" x={x(tick)} y={height - 6} textAnchor="middle">
              {sameDay
                ? parts.time.slice(0, 5)
                : `${parts.date.slice(5)} ${parts.time.slice(0, 5)}`}
            </text>
          );
        })}
      </svg>
      <figcaption className="muted small-print">
        Times in {zone}. Shaded spans are quiet stretches with no events; lines mark milestones.
      </figcaption>
    </figure>
  );
}
