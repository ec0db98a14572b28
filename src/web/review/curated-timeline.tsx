/** @module The curated timeline of the review: the highlighted events, oldest first, in the chosen zone. */
import type { TimelineEvent } from '../client/types.js';
import { KindBadge } from '../components/badges.js';
import { Link } from '../components/link.js';
import { formatInstant } from '../lib/zoned-time.js';
import type { EditorProps } from './editor-props.js';
import { ReviewSection } from './review-section.js';

export function CuratedTimeline({ detail, zone }: Pick<EditorProps, 'detail' | 'zone'>) {
  const events = detail.timeline as TimelineEvent[];
  const incidentPage = `/incidents/${detail.incident.key}`;
  return (
    <ReviewSection
      id="section-timeline"
      title="Timeline"
      hint={
        <>
          The events highlighted on the incident page tell the story here.{' '}
          <Link href={incidentPage}>Highlight events on the incident page</Link>.
        </>
      }
    >
      {events.length === 0 ? (
        <p className="empty-inline">
          No highlighted events yet. Star the alerts, decisions and fixes that matter on the{' '}
          <Link href={incidentPage}>incident timeline</Link>, and they appear here in order.
        </p>
      ) : (
        <ol className="curated-timeline">
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{formatInstant(event.at, zone)}</time>
              <KindBadge kind={event.kind} />
              <span>{event.text}</span>
            </li>
          ))}
        </ol>
      )}
    </ReviewSection>
  );
}
