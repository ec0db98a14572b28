import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import { listReminderDigests } from '../storage/reminder-digests.js';
import { sweepActionItemReminders } from './action-item-reminder-sweep.js';
import { MAIL_OFF } from './mailer-port.js';
import {
  item,
  jobContext,
  recordingMailer,
  seedPublishedReview,
  seedWorkspace,
} from './sweep-test-setup.js';

const MORNING = '2026-03-12T07:00:00.000Z' as Instant;
const EVENING = '2026-03-12T19:00:00.000Z' as Instant;
const NEXT_DAY = '2026-03-13T07:00:00.000Z' as Instant;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('sweepActionItemReminders', () => {
  it('sends each owner one digest a day of their overdue and soon-due open items', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 1, [
      item({ title: 'Overdue alert', owner: 'kim@example.test', dueDate: '2026-03-10' }),
      item({ title: 'Soon runbook', owner: 'kim@example.test', dueDate: '2026-03-14' }),
      item({ title: 'Later drill', owner: 'kim@example.test', dueDate: '2026-03-15' }),
      item({ title: 'Done fix', owner: 'kim@example.test', dueDate: '2026-03-10', status: 'done' }),
      item({ title: 'Lee item', owner: 'lee@example.test', dueDate: '2026-03-12' }),
      item({ title: 'Named owner', owner: 'Kim Park', dueDate: '2026-03-10' }),
    ]);
    const mailer = recordingMailer();
    const morning = await sweepActionItemReminders(jobContext(database, mailer, MORNING));
    const evening = await sweepActionItemReminders(jobContext(database, mailer, EVENING));
    const mine = morning.filter((sent) => sent.workspaceSlug === workspace.slug);
    expect(
      mine.map(({ owner, day, actionItemIds, outcome }) => [
        owner,
        day,
        actionItemIds.length,
        outcome,
      ]),
    ).toEqual([
      ['kim@example.test', '2026-03-12', 2, 'sent'],
      ['lee@example.test', '2026-03-12', 1, 'sent'],
    ]);
    expect(evening.filter((sent) => sent.workspaceSlug === workspace.slug)).toEqual([]);
    const kim = mailer.sent.find((mail) => mail.to[0] === 'kim@example.test')!;
    expect(kim.subject).toBe('Your action items: 1 overdue, 1 due soon (2026-03-12)');
    expect(kim.text).toContain('Overdue alert');
    expect(kim.text).not.toContain('Later drill');
    const next = await sweepActionItemReminders(jobContext(database, mailer, NEXT_DAY));
    expect(
      next.filter((sent) => sent.workspaceSlug === workspace.slug).map((sent) => sent.day),
    ).toEqual(['2026-03-13', '2026-03-13']);
  });

  it('sends one digest per owner and day when replicas sweep at the same moment', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 2, [
      item({ owner: 'max@example.test', dueDate: '2026-03-11' }),
    ]);
    const mailer = recordingMailer();
    await Promise.all(
      [1, 2, 3].map(() => sweepActionItemReminders(jobContext(database, mailer, MORNING))),
    );
    expect(mailer.sent.filter((mail) => mail.to[0] === 'max@example.test')).toHaveLength(1);
    expect(
      (await listReminderDigests(database.db, workspace.id, '2026-03-12')).map((digest) => [
        digest.owner,
        digest.status,
        digest.attempts,
      ]),
    ).toEqual([['max@example.test', 'sent', 1]]);
  });

  it('retries a failed digest on a later run of the same day', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 3, [
      item({ owner: 'noa@example.test', dueDate: '2026-03-11' }),
    ]);
    const mailer = recordingMailer(1);
    const runs = [];
    for (let run = 0; run < 3; run++) {
      const sent = await sweepActionItemReminders(jobContext(database, mailer, MORNING));
      runs.push(
        sent.filter((entry) => entry.owner === 'noa@example.test').map((entry) => entry.outcome),
      );
    }
    expect(runs).toEqual([['failed'], ['sent'], []]);
    const [digest] = await listReminderDigests(database.db, workspace.id, '2026-03-12');
    expect([digest?.status, digest?.attempts, digest?.lastError]).toEqual(['sent', 2, null]);
  });

  it('counts the day in the workspace time zone', async () => {
    const workspace = await seedWorkspace(database, 'Pacific/Auckland');
    await seedPublishedReview(database, workspace, 4, [
      item({ owner: 'ari@example.test', dueDate: '2026-03-13' }),
    ]);
    // 19:00 UTC on the 12th is already the 13th in Auckland: the item is due today there.
    const sent = await sweepActionItemReminders(jobContext(database, MAIL_OFF, EVENING));
    expect(
      sent
        .filter((entry) => entry.workspaceSlug === workspace.slug)
        .map(({ day, outcome }) => [day, outcome]),
    ).toEqual([['2026-03-13', 'recorded']]);
    const [digest] = await listReminderDigests(database.db, workspace.id, '2026-03-13');
    expect(digest?.status).toBe('off');
  });
});
