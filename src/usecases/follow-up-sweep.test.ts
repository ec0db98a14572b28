import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import { findFollowUpAskState, findReviewByIncident } from '../storage/index.js';
import { sweepFollowUps } from './follow-up-sweep.js';
import { MAIL_OFF } from './mailer-port.js';
import {
  AFTER_DUE,
  item,
  jobContext,
  recordingMailer,
  seedPublishedReview,
  seedWorkspace,
} from './sweep-test-setup.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

describe('sweepFollowUps', () => {
  it('asks a due follow-up once: a second run sends nothing', async () => {
    const workspace = await seedWorkspace(database);
    const review = await seedPublishedReview(database, workspace, 1, [
      item({ title: 'Alert on settlement queue age', owner: 'jordan@example.test' }),
      item({ title: 'Stage worker config changes', owner: 'Jordan Lee', horizon: 'short' }),
    ]);
    const mailer = recordingMailer();
    const first = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
    const second = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
    const mine = first.filter((asked) => asked.incidentKey === 'INC-1');
    expect(mine).toEqual([
      {
        incidentKey: 'INC-1',
        to: ['ana@example.test', 'ravi@example.test', 'jordan@example.test'],
        subject: 'Follow-up on INC-1: did the fixes work?',
        outcome: 'sent',
        attempt: 1,
        error: null,
      },
    ]);
    expect(second.filter((asked) => asked.incidentKey === 'INC-1')).toEqual([]);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]!.text).toContain('Stage worker config changes');
    expect(mailer.sent[0]!.text).toContain('https://hindsight.example.test/incidents/INC-1/review');
    expect(await findFollowUpAskState(database.db, workspace.id, review.id)).toEqual({
      askedAt: AFTER_DUE,
      attempts: 1,
      lastError: null,
    });
  });

  it('sends one mail when two replicas sweep at the same moment', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 2, [item({ owner: 'kim@example.test' })]);
    const mailer = recordingMailer();
    const runs = await Promise.all(
      [1, 2, 3].map(() => sweepFollowUps(jobContext(database, mailer, AFTER_DUE))),
    );
    const asked = runs.flat().filter((entry) => entry.incidentKey === 'INC-2');
    expect(asked.map((entry) => entry.outcome)).toEqual(['sent']);
    expect(mailer.sent.filter((mail) => mail.subject.includes('INC-2'))).toHaveLength(1);
  });

  it('leaves a follow-up that is not due yet', async () => {
    const workspace = await seedWorkspace(database);
    const review = await seedPublishedReview(database, workspace, 3, [item({})]);
    const early = '2026-03-12T08:59:59.000Z' as Instant;
    const asked = await sweepFollowUps(jobContext(database, recordingMailer(), early));
    expect(asked.filter((entry) => entry.incidentKey === 'INC-3')).toEqual([]);
    expect((await findFollowUpAskState(database.db, workspace.id, review.id))?.askedAt).toBeNull();
  });

  it('retries a failed send on the next run and gives up after the attempt limit', async () => {
    const workspace = await seedWorkspace(database);
    const review = await seedPublishedReview(database, workspace, 4, [item({})]);
    // Fails more often than the limit of 3 tries allows.
    const mailer = recordingMailer(5, 'INC-4:');
    const outcomes: string[] = [];
    for (let run = 0; run < 5; run++) {
      const asked = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
      outcomes.push(
        ...asked
          .filter((entry) => entry.incidentKey === 'INC-4')
          .map((entry) => `${entry.outcome}#${entry.attempt}`),
      );
    }
    expect(outcomes).toEqual(['failed#1', 'failed#2', 'failed#3']);
    expect(await findFollowUpAskState(database.db, workspace.id, review.id)).toEqual({
      askedAt: null,
      attempts: 3,
      lastError: '421 service not available',
    });
  });

  it('sends after one failure, on the second try', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 5, [item({})]);
    const mailer = recordingMailer(1, 'INC-5:');
    const first = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
    const second = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
    const pick = (asked: typeof first) => asked.filter((entry) => entry.incidentKey === 'INC-5');
    expect(pick(first).map((entry) => entry.outcome)).toEqual(['failed']);
    expect(pick(second).map((entry) => [entry.outcome, entry.attempt])).toEqual([['sent', 2]]);
  });

  it('records the question without sending when mail is off, and does not ask again', async () => {
    const workspace = await seedWorkspace(database);
    const review = await seedPublishedReview(database, workspace, 6, [item({})]);
    const first = await sweepFollowUps(jobContext(database, MAIL_OFF, AFTER_DUE));
    const second = await sweepFollowUps(jobContext(database, MAIL_OFF, AFTER_DUE));
    expect(first.filter((entry) => entry.incidentKey === 'INC-6')).toMatchObject([
      { outcome: 'recorded', to: ['ana@example.test', 'ravi@example.test'] },
    ]);
    expect(second.filter((entry) => entry.incidentKey === 'INC-6')).toEqual([]);
    expect((await findFollowUpAskState(database.db, workspace.id, review.id))?.askedAt).toBe(
      AFTER_DUE,
    );
  });

  it('records a follow-up whose people have no mail address as asked, with nobody mailed', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 7, [item({ owner: 'Jordan Lee' })], {
      authors: ['Ana Silva'],
      reviewers: [],
    });
    const mailer = recordingMailer();
    const asked = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
    expect(asked.filter((entry) => entry.incidentKey === 'INC-7')).toMatchObject([
      { outcome: 'no_recipients', to: [] },
    ]);
    expect(mailer.sent.filter((mail) => mail.subject.includes('INC-7'))).toEqual([]);
  });

  it('does not ask about a review that is not published', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 8, [item({})], { status: 'approved' });
    const asked = await sweepFollowUps(jobContext(database, recordingMailer(), AFTER_DUE));
    expect(asked.filter((entry) => entry.incidentKey === 'INC-8')).toEqual([]);
  });

  it('shows when it asked on the review without changing the review version', async () => {
    const workspace = await seedWorkspace(database);
    const review = await seedPublishedReview(database, workspace, 9, [item({})]);
    const revisionOf = async () =>
      Number(
        (
          await database.db
            .selectFrom('reviews')
            .select('revision')
            .where('id', '=', review.id)
            .executeTakeFirstOrThrow()
        ).revision,
      );
    const before = await revisionOf();
    await sweepFollowUps(jobContext(database, MAIL_OFF, AFTER_DUE));
    const stored = await findReviewByIncident(database.db, workspace.id, review.incidentId);
    expect(stored?.followUp?.askedAt).toBe(AFTER_DUE);
    expect(stored?.version).toBe(review.version);
    expect(await revisionOf()).toBe(before + 1);
  });
});
