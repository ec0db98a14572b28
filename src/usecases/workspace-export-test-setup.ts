/** @module Test workspaces for export and import: every kind of data the document must carry. */
import { createTestClock } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { IncidentKey } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import { eventRowsFromChunks } from '../ingest/events-file/event-rows.js';
import type { ExportDocument } from '../shared/schemas/export.js';
import { claimFollowUpAsk, finishFollowUpAsk } from '../storage/index.js';
import { createActionItem, transitionActionItemStatus } from './action-items.js';
import type { UseCaseContext } from './context.js';
import { type ImportSummary, importTimelineEvents } from './import-events.js';
import { createIncident, updateIncident } from './incidents.js';
import { setMilestones } from './milestones.js';
import { recordReviewFollowUp } from './review-follow-up.js';
import { setPolicy } from './review-policies.js';
import { replaceTemplates } from './review-templates.js';
import { changeReviewStatus } from './review-transitions.js';
import { startReview, updateReview } from './reviews.js';
import { createService, updateService } from './services.js';
import { addTimelineEvent, editTimelineEvent, removeTimelineEvent } from './timeline.js';
import { exportWorkspace } from './workspace-export.js';
import { ensureDefaultWorkspace } from './workspaces.js';

const at = (text: string) => text as Instant;

/** Two paging rows with source ids: importing them twice must skip both the second time. */
export const REFUND_EVENTS_CSV = [
  'time,kind,actor,text,source id',
  '2026-03-02T08:02:00Z,alert,,Refund queue older than 15 minutes,pager-9001',
  '2026-03-02T08:10:00Z,action,Noor,Paused the nightly refund batch,chat-4410',
  '',
].join('\n');

/** Imports `REFUND_EVENTS_CSV` onto the timeline of `key`, as `hindsight import events` does. */
export async function importRefundEvents(
  ctx: UseCaseContext,
  key: IncidentKey,
): Promise<ImportSummary> {
  return importTimelineEvents(ctx, key, eventRowsFromChunks([REFUND_EVENTS_CSV], 'csv', null), {
    origin: 'refunds.csv',
  });
}

/** Services, three incidents (one private), edited and removed events, milestones, field changes. */
export async function fillWorkspace(ctx: UseCaseContext): Promise<void> {
  await createService(ctx, {
    name: 'checkout',
    owningTeam: 'Payments',
    sloTarget: 0.9995,
    sloWindowDays: 28,
    revenuePerHour: 12500.5,
    tags: ['tier-1', 'customer-facing'],
  });
  const search = await createService(ctx, { name: 'search', owningTeam: null });
  await updateService(ctx, 'search', { revenuePerHour: 800 }, search.version);

  const outage = await createIncident(ctx, {
    title: 'Checkout declined every card',
    severity: 'SEV1',
    services: ['checkout'],
    tags: ['payments', 'tls'],
    summary: 'Card payments failed for 40 minutes.',
    customerImpact: 'No order could be paid.',
    roles: [
      { role: 'incident_commander', person: 'Ines' },
      { role: 'comms_lead', person: 'Tom' },
    ],
    participants: [{ name: 'Ines', team: 'engineering' }, { name: 'Mara' }],
    timeZone: 'America/New_York',
  });
  const alert = await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-10T14:05:00.000Z'),
    sourceZone: 'UTC',
    kind: 'alert',
    text: 'Payment success rate under 50%',
    actor: 'alerting',
    highlight: true,
    links: [
      { url: 'https://example.com/dash/payments', title: 'Payments dashboard' },
      { url: 'https://example.com/alerts/1' },
    ],
    source: 'alertmanager',
  });
  await editTimelineEvent(ctx, outage.key, alert.id, { text: 'Payment success under 50%' }, 1);
  const note = await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-10T14:20:00.000Z'),
    sourceZone: '+02:00',
    kind: 'note',
    text: 'Duplicate of the alert above',
  });
  await removeTimelineEvent(ctx, outage.key, note.id, 1);
  await addTimelineEvent(ctx, outage.key, {
    at: at('2026-03-10T14:30:00.000Z'),
    sourceZone: 'America/New_York',
    kind: 'action',
    text: 'Renewed the certificate',
    actor: 'Ines',
  });
  const { incident: measured } = await setMilestones(
    ctx,
    outage.key,
    {
      impactStarted: at('2026-03-10T14:00:00.000Z'),
      detected: at('2026-03-10T14:05:00.000Z'),
      acknowledged: at('2026-03-10T14:07:00.000Z'),
      mitigated: at('2026-03-10T14:35:00.000Z'),
      customersNotified: at('2026-03-10T14:25:00.000Z'),
    },
    null,
  );
  const mitigated = await updateIncident(
    ctx,
    outage.key,
    { status: 'mitigated' },
    measured.version,
  );
  await updateIncident(ctx, outage.key, { severity: 'SEV2' }, mitigated.version);

  const secret = await createIncident(ctx, {
    title: 'Suspicious admin login',
    severity: 'SEV3',
    private: true,
  });
  await updateIncident(ctx, secret.key, { status: 'cancelled' }, secret.version);
  await createIncident(ctx, {
    title: 'Search results stale',
    severity: 'SEV4',
    services: ['search'],
  });
}

/**
 * Custom templates, a SEV2 policy override, and a resolved incident with imported events whose
 * review is published: why-trees, factors, an approval, one verified and one declined action
 * item, and a follow-up that was asked by mail and answered. `ctx.actor` (an owner) is the
 * reviewer; Ines writes. Returns the incident's key.
 */
export async function addReviewedIncident(ctx: UseCaseContext): Promise<IncidentKey> {
  await replaceTemplates(ctx, [
    {
      id: 'major',
      name: 'Major incident review',
      severities: ['SEV1', 'SEV2'],
      sections: [
        {
          key: 'summary',
          title: 'Summary',
          prompt: 'What did customers notice, and for how long?',
          help: 'Start with the customer, then the mechanism.',
        },
        {
          key: 'whyTrees',
          title: 'Why was it possible?',
          prompt: 'Keep asking why until you reach how the work is organised.',
          help: 'Branch when an answer has more than one cause.',
        },
      ],
      defaultWhyQuestions: ['Why did refunds stop moving?'],
    },
    {
      id: 'light',
      name: 'Short review',
      severities: [],
      sections: [
        { key: 'summary', title: 'Summary', prompt: 'What happened?', help: 'A few lines.' },
      ],
      defaultWhyQuestions: [],
    },
  ]);
  await setPolicy(ctx, 'SEV2', { draftDueHours: 48, actionDueDays: { short: 21 } }, null);
  await setPolicy(ctx, 'SEV4', { reviewRequired: true }, null);

  const incident = await createIncident(ctx, {
    title: 'Refunds stuck in the queue',
    severity: 'SEV2',
    services: ['checkout'],
    participants: [
      { name: 'Ines', team: 'payments' },
      { name: 'Noor', team: 'support' },
    ],
  });
  const key = incident.key;
  await importRefundEvents(ctx, key);
  const recovered = await addTimelineEvent(ctx, key, {
    at: at('2026-03-02T08:40:00.000Z'),
    sourceZone: 'UTC',
    kind: 'action',
    text: 'Refund batch resumed with a smaller page size',
    highlight: true,
  });
  const { incident: measured } = await setMilestones(
    ctx,
    key,
    {
      impactStarted: at('2026-03-02T07:50:00.000Z'),
      detected: at('2026-03-02T08:02:00.000Z'),
      mitigated: at('2026-03-02T08:40:00.000Z'),
      resolved: at('2026-03-02T09:00:00.000Z'),
    },
    null,
  );
  await updateIncident(ctx, key, { status: 'resolved' }, measured.version);

  const started = await startReview(ctx, key, {
    authors: ['Ines'],
    reviewers: [ctx.actor.name],
    templateId: 'major',
  });
  const verified = await createActionItem(ctx, key, {
    title: 'Cap the refund batch page size at 500 rows in the job configuration',
    owner: 'Noor',
    dueDate: '2026-04-10',
    horizon: 'short',
    type: 'prevent',
    impact: 4,
    effort: 2,
    successCriteria: 'A batch of 50,000 refunds finishes without a lock timeout',
    validationMethod: 'Replay last month’s largest refund day in staging',
    trackerUrl: 'https://tracker.example.com/PAY-812',
  });
  const declined = await createActionItem(ctx, key, {
    title: 'Move refunds to a separate database',
    owner: 'Ines',
    horizon: 'long',
    type: 'repair',
    impact: 3,
    effort: 5,
    successCriteria: 'Refund writes no longer share locks with order writes',
    validationMethod: 'Compare lock waits before and after on the weekly report',
  });
  await updateReview(
    ctx,
    key,
    {
      summary: 'Refunds waited for 70 minutes because one oversized batch held a table lock.',
      impact: { customersAffected: 1840, notes: 'Refunds were delayed, none were lost.' },
      lessons: {
        wentWell: ['The queue-age alert fired within minutes'],
        wentWrong: ['Nobody knew who owned the refund job'],
        gotLucky: ['It happened outside the evening peak'],
      },
      whyTrees: [
        {
          id: 'refunds',
          question: 'Why did refunds stop moving?',
          answers: [
            {
              id: 'lock',
              text: 'One batch held a lock on the refunds table for over an hour',
              children: [
                {
                  id: 'size',
                  text: 'The batch size had no upper bound after the data grew',
                  rootCause: true,
                  category: 'technical',
                },
                {
                  id: 'owner',
                  text: 'The job had no owning team to review its limits',
                  rootCause: true,
                  category: 'organizational',
                },
              ],
            },
          ],
        },
      ],
      factors: [
        {
          id: 'unbounded',
          category: 'technical',
          description: 'The refund batch reads every pending row in one transaction',
          evidenceEventIds: [recovered.id],
          actionItemIds: [verified.id],
          whyNodeIds: ['size'],
        },
        {
          id: 'ownership',
          category: 'organizational',
          description: 'Scheduled jobs are not listed in the service catalog with an owner',
          acceptedRisk: 'The catalog rework next quarter covers scheduled jobs',
          whyNodeIds: ['owner'],
        },
      ],
      meeting: {
        at: at('2026-03-03T10:00:00.000Z'),
        attendees: [
          { name: 'Ines', team: 'payments' },
          { name: 'Noor', team: 'support' },
        ],
      },
    },
    started.review.version,
  );
  const review = { isAdmin: true, expectedVersion: null };
  await changeReviewStatus(ctx, key, { type: 'submit' }, review);
  await changeReviewStatus(
    ctx,
    key,
    { type: 'approve', comment: 'Specific and free of blame' },
    { ...review, isAdmin: false },
  );
  const published = await changeReviewStatus(ctx, key, { type: 'publish' }, review);

  await transitionActionItemStatus(ctx, key, verified.id, { to: 'in_progress' }, null);
  const done = await transitionActionItemStatus(ctx, key, verified.id, { to: 'done' }, null);
  await transitionActionItemStatus(
    ctx,
    key,
    verified.id,
    {
      to: 'verified',
      verification: {
        what: 'Replayed 60,000 refunds in staging; the longest lock lasted 2 seconds',
        at: at('2026-03-11T15:00:00.000Z'),
        link: 'https://ci.example.com/runs/5521',
      },
    },
    done.version,
  );
  await transitionActionItemStatus(
    ctx,
    key,
    declined.id,
    { to: 'wont_do', reason: 'The refund volume does not justify a second database' },
    null,
  );

  // What the follow-up job does when it mails the question.
  const reviewKey = { workspaceId: ctx.workspace.id, reviewId: published.review.id };
  const askedAt = at('2026-04-20T09:00:00.000Z');
  await claimFollowUpAsk(ctx.database.db, reviewKey, askedAt, 5);
  await finishFollowUpAsk(ctx.database.db, reviewKey, askedAt, null);
  await recordReviewFollowUp(
    ctx,
    key,
    {
      answers: [
        {
          actionItemId: verified.id,
          verified: true,
          effective: true,
          note: 'The April refund peak went through in one pass',
        },
      ],
      recurred: { recurred: false, incidentKeys: [] },
    },
    null,
  );
  return key;
}

/** A fresh database holding the default workspace (Europe/Paris); `opened` collects it for disposal. */
export async function openTestWorkspace(opened: TestDatabase[]): Promise<UseCaseContext> {
  const database = await createTestDatabase();
  opened.push(database);
  const clock = createTestClock();
  const { workspace } = await ensureDefaultWorkspace(database, clock(), 'Europe/Paris');
  return { database, workspace, actor: { name: 'Robin', kind: 'owner' }, clock };
}

/** The filled workspace with its reviewed incident; its export and that incident's key. */
export async function openReviewedWorkspace(opened: TestDatabase[]) {
  const ctx = await openTestWorkspace(opened);
  await fillWorkspace(ctx);
  const key = await addReviewedIncident(ctx);
  return { ctx, key, document: await exportWorkspace(ctx) };
}

/** What format version 1 wrote: no reviews, templates, policies or origin keys. */
export function asVersion1(document: ExportDocument): unknown {
  const { reviewTemplates, policies, incidents, ...rest } = document;
  return {
    ...rest,
    formatVersion: 1,
    incidents: incidents.map(({ review, events, ...incident }) => ({
      ...incident,
      events: events.map(({ originKey, ...event }) => event),
    })),
  };
}
