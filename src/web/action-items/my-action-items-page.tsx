/** @module My action items: everything I own across reviews, grouped overdue / due soon / later, moved and verified in place. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ACTION_STATUS_LABELS,
  HORIZON_LABELS,
  queryKeys,
  requestJson,
  useOwnedActionItems,
  useWorkspace,
} from '../client/index.js';
import type { ActionItemListing } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { zonedPartsOf } from '../lib/zoned-time.js';
import { ActionStatusControl, type TransitionBody } from './action-status-control.js';
import { groupActionItems } from './group-action-items.js';

function dueText(item: ActionItemListing, today: string): string {
  if (item.dueDate === null) return 'No due date';
  if (item.dueDate === today) return 'Due today';
  return item.dueDate < today ? `Was due ${item.dueDate}` : `Due ${item.dueDate}`;
}

function ItemCard({
  item,
  zone,
  today,
  onMoved,
}: {
  item: ActionItemListing;
  zone: string;
  today: string;
  onMoved: () => Promise<unknown>;
}) {
  const transition = async (body: TransitionBody) => {
    try {
      await requestJson(
        'POST',
        `/incidents/${encodeURIComponent(item.incidentKey)}/review/action-items/${encodeURIComponent(item.id)}/transition`,
        { ...body, version: item.version },
      );
      await onMoved();
      return null;
    } catch (failure) {
      return failure;
    }
  };
  const late = item.dueDate !== null && item.dueDate < today && item.status !== 'done';
  return (
    <li className="my-item card">
      <div className="my-item-main">
        <h3>{item.title}</h3>
        <p className="small-print">
          <Link href={`/incidents/${item.incidentKey}/review`}>
            <span className="incident-key">{item.incidentKey}</span> {item.incidentTitle}
          </Link>
        </p>
        <p className="my-item-facts small-print">
          <span className={late ? 'due late' : 'due'}>{dueText(item, today)}</span>
          <span>{HORIZON_LABELS[item.horizon] ?? item.horizon}</span>
          <span>{item.type}</span>
          <span className={`badge action-${item.status}`}>{ACTION_STATUS_LABELS[item.status]}</span>
        </p>
        {item.successCriteria && (
          <p className="small-print">
            <strong>Done when:</strong> {item.successCriteria}
          </p>
        )}
      </div>
      <ActionStatusControl item={item} zone={zone} now={Date.now()} transition={transition} />
    </li>
  );
}

const GROUPS = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'dueSoon', title: 'Due in the next 7 days' },
  { key: 'later', title: 'Later' },
  { key: 'awaitingVerification', title: 'Done — record how it was tested' },
] as const;

export function MyActionItemsPage() {
  const workspace = useWorkspace();
  const owner = workspace.data?.actor.name;
  const items = useOwnedActionItems(owner);
  const queryClient = useQueryClient();
  const [showClosed, setShowClosed] = useState(false);
  const zone = workspace.data?.timeZone ?? 'UTC';
  const today = zonedPartsOf(Date.now(), zone).date;
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.actionItems(owner ?? '') }),
      queryClient.invalidateQueries({ queryKey: ['review'] }),
    ]);
  const groups = groupActionItems(items.data ?? [], today);

  return (
    <main id="main" className="page">
      <div className="page-head">
        <div>
          <h1>My action items</h1>
          <p className="muted">
            {owner ? (
              <>
                Everything owned by <strong>{owner}</strong>, across every review, earliest due
                first.
              </>
            ) : (
              'Everything you own, across every review.'
            )}
          </p>
        </div>
      </div>
      <ErrorNote error={workspace.error ?? items.error} />
      {items.isPending ? (
        <p className="muted" aria-live="polite">
          Loading your action items…
        </p>
      ) : (items.data ?? []).length === 0 ? (
        <EmptyState title="Nothing on your list">
          <p>
            Action items come from reviews. Open an incident, start its review, and add the changes
            that would stop it happening again — with you as owner, they show up here, grouped by
            when they are due.
          </p>
          <Link href="/" className="button primary">
            Go to incidents
          </Link>
        </EmptyState>
      ) : (
        <>
          {GROUPS.map(({ key, title }) => {
            const list = groups[key];
            if (list.length === 0) return null;
            return (
              <section
                key={key}
                className={`item-group group-${key}`}
                aria-labelledby={`group-${key}`}
              >
                <h2 id={`group-${key}`}>
                  {title} <span className="count">{list.length}</span>
                </h2>
                <ul className="my-items">
                  {list.map((item) => (
                    <ItemCard
                      key={item.id}
                      item={item}
                      zone={zone}
                      today={today}
                      onMoved={refresh}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
          {groups.closed.length > 0 && (
            <section className="item-group" aria-labelledby="group-closed">
              <h2 id="group-closed">
                Closed <span className="count">{groups.closed.length}</span>
              </h2>
              <button
                type="button"
                className="button subtle"
                onClick={() => setShowClosed(!showClosed)}
                aria-expanded={showClosed}
              >
                {showClosed
                  ? 'Hide verified and won’t-do items'
                  : 'Show verified and won’t-do items'}
              </button>
              {showClosed && (
                <ul className="my-items">
                  {groups.closed.map((item) => (
                    <ItemCard
                      key={item.id}
                      item={item}
                      zone={zone}
                      today={today}
                      onMoved={refresh}
                    />
                  ))}
                </ul>
              )}
            </section>
          )}
        </>
      )}
    </main>
  );
}
