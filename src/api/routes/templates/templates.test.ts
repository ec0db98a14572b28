import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

const brief = {
  id: 'brief',
  name: 'Short review',
  severities: ['SEV3', 'SEV4'],
  sections: [{ key: 'summary', title: 'Summary', prompt: 'What happened?', help: '' }],
  defaultWhyQuestions: ['Why did it happen?'],
};

describe('/api/v1/templates', () => {
  it('rejects a template without sections', async () => {
    const { sections: _omitted, ...rest } = brief;
    const response = await t.request('PUT', '/api/v1/templates', { templates: [rest] });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('templates.0.sections: is required');
  });

  it('refuses two templates with the same id with 422', async () => {
    const response = await t.request('PUT', '/api/v1/templates', { templates: [brief, brief] });
    expect(response.status).toBe(422);
    expect((await response.json()).error.message).toBe(
      'templates.1.id: "brief" is used by another template',
    );
  });

  it('serves the built-in template until the workspace saves its own, then picks per severity', async () => {
    const before = await (await t.request('GET', '/api/v1/templates')).json();
    expect([before.custom, before.defaults.SEV1]).toEqual([false, 'default']);
    const saved = await t.request('PUT', '/api/v1/templates', { templates: [brief] });
    expect(saved.status).toBe(200);
    const after = await (await t.request('GET', '/api/v1/templates')).json();
    expect(after.custom).toBe(true);
    expect(after.defaults).toEqual({
      SEV1: 'default',
      SEV2: 'default',
      SEV3: 'brief',
      SEV4: 'brief',
    });
    const incident = await (
      await t.request('POST', '/api/v1/incidents', { title: 'Slow search', severity: 'SEV3' })
    ).json();
    const review = await (
      await t.request('POST', `/api/v1/incidents/${incident.key}/review`)
    ).json();
    expect(review.template).toEqual({ id: 'brief', name: 'Short review' });
    expect(review.review.whyTrees.map((w: { question: string }) => w.question)).toEqual([
      'Why did it happen?',
    ]);
  });
});
