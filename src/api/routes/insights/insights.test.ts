import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { Instant } from '../../../domain/instant.js';
import { seedInsightHistory } from '../../../usecases/insights-test-setup.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedInsightHistory(t.database.db, t.ctx.workspace.id);
  t.clock.set('2026-04-20T12:00:00.000Z' as Instant);
});
afterAll(() => t.dispose());

const RANGE = 'from=2026-03-01T00:00:00Z&to=2026-05-01T00:00:00Z&zone=UTC&period=month';

describe('GET /api/v1/insights/*', () => {
  it('answers 401 without the token when one is configured', async () => {
    const locked = await createTestApp({ apiToken: 's3cret' });
    try {
      expect((await locked.request('GET', '/api/v1/insights/overview')).status).toBe(401);
      expect((await locked.request('GET', '/metrics')).status).toBe(401);
    } finally {
      await locked.dispose();
    }
  });

  it.each([
    [
      'from=yesterday',
      'from: must be an ISO 8601 instant such as 2026-03-12T09:15:00Z, got "yesterday"',
    ],
    [
      'from=2026-03-01T00:00',
      'from: "2026-03-01T00:00" has no time zone: add an offset such as Z or +02:00, or name the zone',
    ],
    ['from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z', 'to: must be after from'],
    [
      'from=2010-01-01T00:00:00Z&to=2026-03-01T00:00:00Z',
      'to: must be at most 3660 days after from',
    ],
    ['zone=Mars/Olympus', 'zone: must be an IANA time zone such as Europe/Paris or UTC'],
    ['period=year', 'period: must be one of week, month, quarter'],
    ['format=xml', 'format: must be json or csv'],
    ['recurrenceDays=0', 'recurrenceDays: must be a whole number of days from 1 to 730'],
    ['table=nope', 'table: must be one of response, frequency, budgets'],
    [
      'since=2026-01-01',
      'query: unknown field "since"; check the spelling against the API description',
    ],
  ])('answers 400 to ?%s with the reason', async (query, message) => {
    const response = await t.request('GET', `/api/v1/insights/overview?${query}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'VALIDATION_FAILED', message } });
  });

  it('gives the overview: response figures, frequency, recurrence, follow-through, budgets and cost', async () => {
    const response = await t.request('GET', `/api/v1/insights/overview?${RANGE}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.periods.map((p: { key: string }) => p.key)).toEqual(['2026-03', '2026-04']);
    const mttd = body.response.figures.find(
      (f: { period: string; metric: string }) => f.period === '2026-03' && f.metric === 'mttd',
    );
    expect(mttd).toMatchObject({ count: 1, median: 300, excluded: 0, incidentKeys: ['INC-1'] });
    expect(body.response.cancelled).toBe(1);
    expect(
      body.frequency.rows.map((r: { count: number; cancelled: number }) => [r.count, r.cancelled]),
    ).toEqual([
      [1, 1],
      [1, 0],
    ]);
    expect(body.recurrence.latest).toMatchObject([
      {
        incidentKey: 'INC-2',
        earlier: [{ incidentKey: 'INC-1', sharedCategories: ['process'], daysApart: 38 }],
      },
    ]);
    expect(body.followThrough.overdue).toMatchObject({
      count: 1,
      items: [{ id: 'item-a', incidentKey: 'INC-1', ageDays: 41 }],
    });
    expect(body.errorBudgets).toMatchObject([
      {
        service: 'checkout',
        exhausted: true,
        consumedMinutes: 60,
        message:
          'error budget exhausted: feature freeze until these action items are verified (1 open)',
        freezeItemCount: 1,
        freezeItems: [
          {
            id: 'item-a',
            incidentKey: 'INC-1',
            title: 'Stage worker config changes like code',
            status: 'open',
          },
        ],
      },
    ]);
    // 6,000/h × 30 min ÷ 60 × 0.5 = 1,500 + 4 h × 100 = 1,900 EUR; INC-2's draft review estimates 0.
    expect(body.cost.totals[0]).toMatchObject({ dimension: 'all', currency: 'EUR', total: 1900 });
  });

  it('slices response metrics by team and lists the incidents behind each figure', async () => {
    const body = await (await t.request('GET', `/api/v1/insights/response?${RANGE}`)).json();
    const mttr = body.figures.filter(
      (f: { dimension: string; metric: string; period: string }) =>
        f.dimension === 'team' && f.metric === 'mttr' && f.period === 'total',
    );
    expect(mttr).toMatchObject([
      { value: 'payments', count: 2, median: 3_600, incidentKeys: ['INC-1', 'INC-2'] },
    ]);
  });

  it('answers CSV on ?format=csv and on Accept: text/csv', async () => {
    const byQuery = await t.request(
      'GET',
      `/api/v1/insights/follow-through?${RANGE}&format=csv&table=overdue`,
    );
    expect(byQuery.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await byQuery.text()).toBe(
      'item_id,incident,title,owner,due_date,age_days\r\nitem-a,INC-1,Stage worker config changes like code,Jordan Lee,2026-03-10,41\r\n',
    );
    const byHeader = await t.request('GET', `/api/v1/insights/cost?${RANGE}`, undefined, {
      accept: 'text/csv',
    });
    const lines = (await byHeader.text()).split('\r\n');
    expect(lines[0]).toBe(
      'incident,period,services,total,lost_revenue,responder_cost,sla_credits,currency,formula',
    );
    expect(lines[1]).toMatch(
      /^INC-1,2026-03,checkout,1900,1500,400,0,EUR,"lost revenue = 6,000.00 EUR/,
    );
  });

  it('lists patterns with their observed and expected counts and says why too few were not tested', async () => {
    const body = await (await t.request('GET', `/api/v1/insights/patterns?${RANGE}`)).json();
    expect(
      body.patterns.find(
        (p: { dimension: string; value: string }) =>
          p.dimension === 'hourOfDay' && p.value === '10:00',
      ),
    ).toMatchObject({
      observed: 1,
      pValue: null,
      significant: false,
    });
    expect(body.tests[0]).toMatchObject({
      dimension: 'hourOfDay',
      total: 2,
      skipped: 'only 2 incidents; at least 20 are needed',
    });
    expect(body.byService).toEqual([
      {
        service: 'checkout',
        topFactorCategories: [{ value: 'process', count: 2 }],
        topTriggers: [],
      },
    ]);
  });

  it('serves the recurrence, error-budget and cost insights on their own', async () => {
    const recurrence = await (
      await t.request('GET', `/api/v1/insights/recurrence?${RANGE}&recurrenceDays=30`)
    ).json();
    expect(recurrence).toMatchObject({ windowDays: 30, recurrences: [] });
    const budgets = await (await t.request('GET', '/api/v1/insights/error-budgets')).json();
    expect(budgets.budgets[0].spends).toEqual([
      { incidentKey: 'INC-2', minutes: 60, fraction: 1, badMinutes: 60, basis: 'milestones' },
    ]);
    const cost = await (await t.request('GET', `/api/v1/insights/cost?${RANGE}`)).json();
    expect(cost.incidents.map((c: { incidentKey: string }) => c.incidentKey)).toEqual([
      'INC-1',
      'INC-2',
    ]);
  });
});

describe('GET /metrics', () => {
  it('exposes the headline gauges in the Prometheus text format', async () => {
    const response = await t.request('GET', '/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toContain(
      '# TYPE hindsight_open_incidents gauge\nhindsight_open_incidents{severity="SEV1"} 0\n',
    );
    expect(text).toContain('hindsight_mttr_median_seconds 3600\n');
    expect(text).toContain('hindsight_overdue_action_items 1\n');
    expect(text).toMatch(/hindsight_error_budget_remaining_ratio\{service="checkout"\} -0\.388/);
  });
});
