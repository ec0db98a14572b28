import { afterEach, describe, expect, it } from 'vitest';
import { createTestClock } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import type { Instant } from '../domain/instant.js';
import { type ExportDocument, parseExportDocument } from '../shared/schemas/export.js';
import { countStoredRows, findFollowUpAskState, listWorkspaces } from '../storage/index.js';
import type { UseCaseContext } from './context.js';
import { createIncident } from './incidents.js';
import { searchLibrary } from './library-search.js';
import { getPolicy } from './review-policies.js';
import { getTemplates } from './review-templates.js';
import { getReview } from './reviews.js';
import { createService } from './services.js';
import { exportWorkspace } from './workspace-export.js';
import { importWorkspace } from './workspace-export-import.js';
import {
  asVersion1,
  fillWorkspace,
  importRefundEvents,
  openReviewedWorkspace,
  openTestWorkspace,
} from './workspace-export-test-setup.js';

const at = (text: string) => text as Instant;
const opened: TestDatabase[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.dispose()));
});

function openWorkspace(): Promise<UseCaseContext> {
  return openTestWorkspace(opened);
}

/** Imports `document` (as JSON text would carry it) into a new database; its context there. */
async function importCopy(document: unknown): Promise<UseCaseContext> {
  const target = await createTestDatabase();
  opened.push(target);
  const parsed = parseExportDocument(JSON.parse(JSON.stringify(document)));
  if ('problem' in parsed) throw new Error(parsed.problem);
  const { workspace } = await importWorkspace(target, parsed);
  const clock = createTestClock(at('2026-04-01T00:00:00.000Z'));
  return { database: target, workspace, actor: { name: 'Robin', kind: 'owner' }, clock };
}

async function roundTrip(document: unknown): Promise<ExportDocument> {
  return exportWorkspace(await importCopy(document));
}

function reviewedWorkspace() {
  return openReviewedWorkspace(opened);
}

describe('exportWorkspace and importWorkspace', () => {
  it('restore a workspace so that exporting it again gives the same document', async () => {
    const { document: first } = await reviewedWorkspace();
    const second = await roundTrip(first);
    expect({ ...second, exportedAt: first.exportedAt }).toEqual(first);
    expect(JSON.stringify({ ...second, exportedAt: first.exportedAt })).toBe(JSON.stringify(first));
    expect(second.exportedAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('carry the published review with its decisions, items, evidence and follow-up', async () => {
    const { document } = await reviewedWorkspace();
    const incident = document.incidents[3]!;
    expect([incident.key, incident.review?.status]).toEqual(['INC-4', 'published']);
    const review = incident.review!;
    expect(review.reviewers).toEqual([
      {
        name: 'Robin',
        decision: 'approved',
        comment: 'Specific and free of blame',
        at: review.approvedAt,
      },
    ]);
    expect(review.templateId).toBe('major');
    expect(review.whyTrees[0]!.answers[0]!.children.map((n) => [n.id, n.category])).toEqual([
      ['size', 'technical'],
      ['owner', 'organizational'],
    ]);
    expect(review.factors.map((f) => [f.id, f.acceptedRisk !== null])).toEqual([
      ['unbounded', false],
      ['ownership', true],
    ]);
    expect(review.lessons.gotLucky).toEqual(['It happened outside the evening peak']);
    expect(review.impact.customersAffected).toBe(1840);
    expect(review.actionItems.map((i) => [i.position, i.status, i.version])).toEqual([
      [0, 'verified', 4],
      [1, 'wont_do', 2],
    ]);
    expect(review.actionItems[0]!.verification).toEqual({
      what: 'Replayed 60,000 refunds in staging; the longest lock lasted 2 seconds',
      at: '2026-03-11T15:00:00.000Z',
      link: 'https://ci.example.com/runs/5521',
      by: 'Robin',
    });
    expect(review.followUp).toMatchObject({
      askedAt: '2026-04-20T09:00:00.000Z',
      items: [
        {
          title: 'Cap the refund batch page size at 500 rows in the job configuration',
          answer: {
            verified: true,
            effective: true,
            note: 'The April refund peak went through in one pass',
          },
        },
      ],
      recurrence: { recurred: false, incidentKeys: [] },
      completedBy: 'Robin',
    });
    // Resolved at 09:00 with the SEV2 override of 48 hours for the draft.
    expect(review.dueDates?.draftDueAt).toBe('2026-03-04T09:00:00.000Z');
    expect(incident.events.map((e) => e.originKey ?? null)).toEqual([
      'pager-9001',
      'chat-4410',
      null,
      ...incident.events.slice(3).map(() => null),
    ]);
    expect(document.reviewTemplates?.templates.map((t) => t.id)).toEqual(['major', 'light']);
    expect(document.policies.map((p) => [p.severity, p.overrides, p.version])).toEqual([
      ['SEV2', { draftDueHours: 48, actionDueDays: { short: 21 } }, 1],
      ['SEV4', { reviewRequired: true }, 1],
    ]);
  });

  it('restore reviews, templates and policies so that the product reads them as before', async () => {
    const { ctx, key, document } = await reviewedWorkspace();
    const target = await importCopy(document);
    const before = await getReview(ctx, key, at('2026-05-01T00:00:00.000Z'));
    const after = await getReview(target, key, at('2026-05-01T00:00:00.000Z'));
    expect(after).toEqual(before);
    expect(await getTemplates(target)).toEqual(await getTemplates(ctx));
    expect(await getPolicy(target, 'SEV2')).toEqual(await getPolicy(ctx, 'SEV2'));
    // The question was mailed before the move, so the follow-up job does not send it again.
    expect(
      await findFollowUpAskState(target.database.db, target.workspace.id, after.review.id),
    ).toMatchObject({ askedAt: '2026-04-20T09:00:00.000Z' });
  });

  it('keep origin keys, so importing the same events file again skips every row', async () => {
    const { key, document } = await reviewedWorkspace();
    const target = await importCopy(document);
    expect(await importRefundEvents(target, key)).toEqual({ read: 2, imported: 0, duplicates: 2 });
  });

  it('leave the search index to be rebuilt from the imported review on the first search', async () => {
    const { key, document } = await reviewedWorkspace();
    const target = await importCopy(document);
    const page = await searchLibrary(target, {
      q: 'oversized batch lock',
      filters: { status: 'published' },
      offset: 0,
      limit: 10,
    });
    expect(page.results.map((result) => result.key)).toEqual([key]);
  });

  it('import a format version 1 document, which has no reviews', async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    const current = await exportWorkspace(ctx);
    const restored = await roundTrip(asVersion1(current));
    expect({ ...restored, exportedAt: current.exportedAt }).toEqual(current);
    expect(restored.incidents.map((i) => i.review)).toEqual([null, null, null]);
    expect([restored.formatVersion, restored.reviewTemplates, restored.policies]).toEqual([
      2,
      null,
      [],
    ]);
  });

  it('store nothing when a write fails part way', async () => {
    const { document } = await reviewedWorkspace();
    const target = await createTestDatabase();
    opened.push(target);
    // Past the checks, two reviews with one id fail on the database's unique key.
    const broken = structuredClone(document);
    broken.incidents[0]!.review = { ...broken.incidents[3]!.review!, actionItems: [] };
    await expect(importWorkspace(target, broken)).rejects.toThrow();
    expect(await countStoredRows(target.db)).toEqual({
      incidents: 0,
      services: 0,
      auditEntries: 0,
    });
    await importWorkspace(target, document);
    expect((await countStoredRows(target.db)).incidents).toBe(4);
  });

  it('carry every field of the filled workspace into the document', async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    const document = await exportWorkspace(ctx);
    expect(document.workspace).toMatchObject({
      slug: 'default',
      incidentPrefix: 'INC',
      timeZone: 'Europe/Paris',
      nextIncidentNumber: 4,
    });
    expect(
      document.services.map((s) => [s.name, s.sloTarget, s.revenuePerHour, s.version]),
    ).toEqual([
      ['checkout', 0.9995, 12500.5, 1],
      ['search', null, 800, 2],
    ]);
    expect(document.incidents.map((i) => [i.key, i.severity, i.status, i.private])).toEqual([
      ['INC-1', 'SEV2', 'mitigated', false],
      ['INC-2', 'SEV3', 'cancelled', true],
      ['INC-3', 'SEV4', 'investigating', false],
    ]);
    const outage = document.incidents[0]!;
    expect(outage.milestones.detected).toBe('2026-03-10T14:05:00.000Z');
    expect(outage.events.filter((e) => e.kind !== 'field_change').map((e) => e.text)).toEqual([
      'Payment success under 50%',
      'Renewed the certificate',
    ]);
    expect(outage.events[0]).toMatchObject({
      highlight: true,
      source: 'alertmanager',
      version: 2,
      links: [
        { url: 'https://example.com/dash/payments', title: 'Payments dashboard' },
        { url: 'https://example.com/alerts/1' },
      ],
    });
    expect(
      outage.events.filter((e) => e.kind === 'field_change').map((e) => e.change?.field),
    ).toEqual([
      'milestones.impactStarted',
      'milestones.detected',
      'milestones.acknowledged',
      'milestones.mitigated',
      'milestones.customersNotified',
      'status',
      'severity',
    ]);
    const actions = document.auditLog.map((entry) => `${entry.entity} ${entry.action}`);
    expect(actions).toContain('timeline_event delete');
    expect(actions).toContain('service update');
    expect(document.auditLog).toHaveLength(19);
  });

  it('keeps numbering after the imported incidents', async () => {
    const ctx = await openWorkspace();
    await fillWorkspace(ctx);
    const target = await createTestDatabase();
    opened.push(target);
    const { workspace } = await importWorkspace(target, await exportWorkspace(ctx));
    const next = await createIncident(
      { database: target, workspace, actor: { name: 'x', kind: 'owner' }, clock: ctx.clock },
      { title: 'After the move', severity: 'SEV4' },
    );
    expect(next.key).toBe('INC-4');
  });

  it('replaces the empty default workspace a first start created', async () => {
    const source = await openWorkspace();
    await fillWorkspace(source);
    const target = await openWorkspace();
    const report = await importWorkspace(target.database, await exportWorkspace(source));
    expect(report).toMatchObject({ services: 2, incidents: 3, events: 10, auditEntries: 19 });
    const workspaces = await listWorkspaces(target.database.db);
    expect(workspaces.map((w) => [w.id, w.slug])).toEqual([[source.workspace.id, 'default']]);
  });

  it('refuses a database that already holds incidents, and writes nothing', async () => {
    const source = await openWorkspace();
    await fillWorkspace(source);
    const target = await openWorkspace();
    await createIncident(target, { title: 'Already here', severity: 'SEV4' });
    await expect(importWorkspace(target.database, await exportWorkspace(source))).rejects.toThrow(
      'the database already has 1 incident, 1 audit entries; import restores into an empty database — point HINDSIGHT_DATA_DIR or DATABASE_URL at a new one',
    );
    expect((await exportWorkspace(target)).incidents.map((i) => i.title)).toEqual(['Already here']);
  });

  it('refuses a database that holds only services', async () => {
    const source = await openWorkspace();
    const target = await openWorkspace();
    await createService(target, { name: 'api' });
    await expect(importWorkspace(target.database, await exportWorkspace(source))).rejects.toThrow(
      'the database already has 0 incidents, 1 service(s), 1 audit entries;',
    );
  });

  it('refuses an actor who may not see private incidents', async () => {
    const ctx = await openWorkspace();
    const reader = { ...ctx, actor: { name: 'guest', kind: 'guest' } } as unknown as UseCaseContext;
    await expect(exportWorkspace(reader)).rejects.toThrow('an export holds private incidents');
  });
});
