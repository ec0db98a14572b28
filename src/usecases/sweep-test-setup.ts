/** @module Test set-up for the sweeps: a workspace with a published review whose follow-up is due, and a mailer that records. */
import { buildIncident, buildWorkspace } from '../../test/support/factories.js';
import type { Instant } from '../domain/instant.js';
import type { ActionItem, FollowUp, Review, ReviewId } from '../domain/review/index.js';
import { buildActionItem, buildReview } from '../domain/review/test-builders.js';
import type { Workspace } from '../domain/workspace.js';
import {
  type Database,
  insertActionItems,
  insertIncident,
  insertReview,
  insertWorkspace,
  newId,
} from '../storage/index.js';
import type { Mailer, MailMessage } from './mailer-port.js';
import type { JobContext } from './sweep-context.js';

export const PUBLISHED = '2026-02-10T09:00:00.000Z' as Instant;
export const DUE = '2026-03-12T09:00:00.000Z' as Instant;
export const AFTER_DUE = '2026-03-12T09:05:00.000Z' as Instant;

/** A mailer that keeps what it was given; the first `failures` sends whose subject has `match` fail. */
export function recordingMailer(failures = 0, match = ''): Mailer & { sent: MailMessage[] } {
  let left = failures;
  const sent: MailMessage[] = [];
  return {
    enabled: true,
    description: 'recording',
    sent,
    async send(message) {
      // A yield, so concurrent runs interleave here as they would on a network round trip.
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (left > 0 && message.subject.includes(match)) {
        left -= 1;
        throw new Error('421 service not available');
      }
      sent.push(message);
    },
    close: async () => {},
  };
}

export function jobContext(database: Database, mailer: Mailer, now: Instant): JobContext {
  return {
    database,
    mailer,
    clock: () => now,
    publicUrl: 'https://hindsight.example.test',
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    maxAttempts: 3,
  };
}

export async function seedWorkspace(database: Database, timeZone = 'UTC'): Promise<Workspace> {
  const workspace = buildWorkspace({ timeZone });
  await insertWorkspace(database.db, workspace);
  return workspace;
}

/** A published review of a new incident `number` with `items`; its follow-up is due at `dueAt`. */
export async function seedPublishedReview(
  database: Database,
  workspace: Workspace,
  number: number,
  items: ActionItem[],
  overrides: Partial<Review> = {},
  dueAt: Instant = DUE,
): Promise<Review> {
  const incident = buildIncident(workspace.id, number, { title: `Checkout errors ${number}` });
  await insertIncident(database.db, incident, number);
  const followUp: FollowUp = {
    dueAt,
    items: items.map((item) => ({
      actionItemId: item.id,
      title: item.title,
      horizon: item.horizon,
      answer: null,
    })),
    recurrence: null,
    completedAt: null,
    completedBy: null,
  };
  const review = buildReview({
    id: newId() as ReviewId,
    workspaceId: workspace.id,
    incidentId: incident.id,
    status: 'published',
    authors: ['Ana Silva <ana@example.test>'],
    reviewers: [
      { name: 'ravi@example.test', decision: 'approved', comment: 'Clear', at: PUBLISHED },
    ],
    actionItems: items,
    publishedAt: PUBLISHED,
    followUp,
    ...overrides,
  });
  await insertReview(database.db, review, null);
  await insertActionItems(
    database.db,
    review.actionItems.map((item, position) => ({
      ...item,
      workspaceId: workspace.id,
      reviewId: review.id,
      incidentId: incident.id,
      position,
      version: 1,
      createdAt: PUBLISHED,
      createdBy: 'Ana Silva',
      updatedAt: PUBLISHED,
      updatedBy: 'Ana Silva',
    })),
  );
  return review;
}

export function item(overrides: Partial<ActionItem>): ActionItem {
  return buildActionItem({ id: newId(), ...overrides });
}
