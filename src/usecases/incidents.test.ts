import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import type { IncidentKey } from '../domain/ids.js';
import type { UseCaseContext } from './context.js';
import {
  cancelIncident,
  canSeePrivate,
  createIncident,
  getIncident,
  listIncidentsPage,
} from './incidents.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

function asActor(kind: UseCaseContext['actor']['kind']): UseCaseContext {
  return { ...t.ctx, actor: { name: `${kind} actor`, kind } };
}

describe('canSeePrivate', () => {
  // Every actor kind that exists today may see private incidents; the leak test (an actor who
  // must not) waits for accounts and roles.
  it.each(['owner', 'token', 'system'] as const)('lets the %s see private incidents', (kind) => {
    expect(canSeePrivate(asActor(kind))).toBe(true);
  });
});

describe('private incidents', () => {
  it('are listed and readable by every actor allowed to see them', async () => {
    const incident = await createIncident(t.ctx, {
      title: 'Customer export sent to the wrong tenant',
      severity: 'SEV1',
      private: true,
    });
    for (const kind of ['owner', 'token', 'system'] as const) {
      const ctx = asActor(kind);
      expect(canSeePrivate(ctx)).toBe(true);
      expect((await getIncident(ctx, incident.key)).incident.private).toBe(true);
      const page = await listIncidentsPage(ctx, {}, { before: null, limit: 200 });
      expect(page.incidents.map((i) => i.key)).toContain(incident.key);
    }
  });
});

describe('createIncident', () => {
  it('gives 20 incidents declared at once 20 distinct, consecutive keys', async () => {
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createIncident(t.ctx, { title: `Parallel ${i}`, severity: 'SEV4' }),
      ),
    );
    const numbers = created.map((i) => Number(i.key.slice(4))).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(20);
    expect(numbers.at(-1)! - numbers[0]!).toBe(19);
  });
});

describe('cancelIncident', () => {
  it('refuses a second cancel as an invalid transition', async () => {
    const incident = await createIncident(t.ctx, { title: 'False alarm', severity: 'SEV4' });
    const cancelled = await cancelIncident(t.ctx, incident.key, null);
    expect(cancelled.status).toBe('cancelled');
    await expect(cancelIncident(t.ctx, incident.key as IncidentKey, null)).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'status: a cancelled incident cannot be cancelled',
    });
  });
});
