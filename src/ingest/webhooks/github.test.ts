import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signalsFromGithub, verifyGithub } from './github.js';
import { fixturePayload, readFixture, TEST_NOW } from './test-fixtures.js';

const SECRET = 'gh-webhook-secret';
const rawBody = readFixture('github-deployment.json');
const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const headersFor = (event: string, delivery = '5b7e4c10-1d2f-11f1-8a3b-0e6c2d9f4a71') => ({
  'X-GitHub-Event': event,
  'X-GitHub-Delivery': delivery,
});

describe('verifyGithub', () => {
  it.each([
    ['accepts the signature of the body', { 'X-Hub-Signature-256': sign(rawBody) }, true],
    [
      'refuses a signature made with another secret',
      { 'x-hub-signature-256': sign(rawBody, 'nope') },
      false,
    ],
    ['refuses a request without the header', { 'x-hub-signature': 'sha1=abc' }, false],
  ])('%s', (_name, headers, ok) => {
    expect(verifyGithub({ headers, rawBody }, SECRET, TEST_NOW).ok).toBe(ok);
  });

  it('refuses a body changed after signing', () => {
    const headers = { 'x-hub-signature-256': sign(rawBody) };
    const tampered = rawBody.replace('"production"', '"staging"');
    expect(verifyGithub({ headers, rawBody: tampered }, SECRET, TEST_NOW).ok).toBe(false);
  });
});

describe('signalsFromGithub', () => {
  it('turns a new deployment into a started deploy', () => {
    const payload = fixturePayload('github-deployment.json');
    expect(signalsFromGithub(payload, headersFor('deployment'))).toEqual({
      signals: [
        {
          source: 'github',
          dedupeKey: '5b7e4c10-1d2f-11f1-8a3b-0e6c2d9f4a71',
          kind: 'deploy_started',
          at: '2026-03-12T08:58:00.000Z',
          sourceZone: 'UTC',
          title: 'Deploy of checkout@v2.14.0 to production',
          text: 'Raise connection pool to 64 (INC-42 follow-up)',
          service: 'checkout',
          incidentKeys: ['INC-42'],
          actor: 'lena-dev',
          url: 'https://github.com/example-co/checkout/commit/3f9a1c7e2b8d4f6a0c1e3b5d7f9a2c4e6b8d0f13',
          labels: {
            repository: 'example-co/checkout',
            environment: 'production',
            ref: 'v2.14.0',
            sha: '3f9a1c7e2b8d4f6a0c1e3b5d7f9a2c4e6b8d0f13',
          },
        },
      ],
    });
  });

  it('turns a failed deployment status into a failed deploy linking its log', () => {
    const payload = fixturePayload('github-deployment-status.json');
    expect(signalsFromGithub(payload, headersFor('deployment_status', 'd-31'))).toEqual({
      signals: [
        {
          source: 'github',
          dedupeKey: 'd-31',
          kind: 'deploy_failed',
          at: '2026-03-12T09:04:30.000Z',
          sourceZone: 'UTC',
          title: 'Deploy of checkout@v2.14.0 to production: failure',
          text: 'Health checks failed on 3 of 8 pods',
          service: 'checkout',
          incidentKeys: ['INC-42'],
          actor: 'deploy-bot[bot]',
          url: 'https://ci.example.com/runs/5521/log',
          labels: {
            repository: 'example-co/checkout',
            environment: 'production',
            ref: 'v2.14.0',
            sha: '3f9a1c7e2b8d4f6a0c1e3b5d7f9a2c4e6b8d0f13',
            state: 'failure',
          },
        },
      ],
    });
  });

  it.each([
    ['pending', 'deploy_started'],
    ['queued', 'deploy_started'],
    ['in_progress', 'deploy_started'],
    ['success', 'deploy_succeeded'],
    ['error', 'deploy_failed'],
    ['inactive', 'event'],
  ])('maps the %s state to %s', (state, kind) => {
    const payload = fixturePayload('github-deployment-status.json') as {
      deployment_status: object;
    };
    payload.deployment_status = { ...payload.deployment_status, state };
    const result = signalsFromGithub(payload, headersFor('deployment_status'));
    expect('signals' in result && result.signals[0]?.kind).toBe(kind);
  });

  it.each([
    ['ping', 'github-ping.json'],
    ['push', 'github-ping.json'],
  ])('gives no signals for a %s event', (event, fixture) => {
    expect(signalsFromGithub(fixturePayload(fixture), headersFor(event))).toEqual({ signals: [] });
  });

  it('gives the same key when a delivery is redelivered', () => {
    const key = () => {
      const result = signalsFromGithub(JSON.parse(rawBody), headersFor('deployment', 'same-guid'));
      return 'signals' in result ? result.signals[0]?.dedupeKey : undefined;
    };
    expect(key()).toBe('same-guid');
    expect(key()).toBe(key());
  });

  it.each([
    ['x-github-event', {}, 'x-github-event: header is required'],
    [
      'x-github-delivery',
      { 'x-github-event': 'deployment' },
      'x-github-delivery: header is required',
    ],
  ])('names the missing %s header', (_name, headers, expected) => {
    expect(signalsFromGithub(fixturePayload('github-deployment.json'), headers)).toEqual({
      problem: expected,
    });
  });

  it.each([
    [
      'deployment.created_at',
      { created_at: 'now' },
      /^deployment\.created_at: must be an ISO 8601 instant/,
    ],
    [
      'deployment.environment',
      { environment: undefined },
      /^deployment\.environment: is required$/,
    ],
    ['deployment.sha', { sha: 42 }, /^deployment\.sha: must be a string, got number 42$/],
  ])('names %s when it is wrong', (_field, change, expected) => {
    const payload = fixturePayload('github-deployment.json') as { deployment: object };
    payload.deployment = { ...payload.deployment, ...change };
    const result = signalsFromGithub(payload, headersFor('deployment'));
    expect('problem' in result && result.problem).toMatch(expected);
  });
});
