import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNAL_SOURCES } from '../../domain/signal.js';
import { WEBHOOK_SOURCES } from './index.js';
import { fixturePayload, TEST_NOW } from './test-fixtures.js';

const FIXTURES: Record<string, string> = {
  alertmanager: 'alertmanager-firing.json',
  pagerduty: 'pagerduty-triggered.json',
  opsgenie: 'opsgenie-create.json',
  grafana: 'grafana-alerts.json',
  github: 'github-deployment-status.json',
  slack: 'slack-message.json',
  generic: 'generic-batch.json',
};

const githubHeaders = fc.record({
  'x-github-event': fc.constantFrom('deployment', 'deployment_status', 'ping', 'push'),
  'x-github-delivery': fc.string(),
});

function isWellFormed(result: object): boolean {
  if ('problem' in result)
    return typeof result.problem === 'string' && result.problem.includes(': ');
  if ('challenge' in result) return typeof result.challenge === 'string';
  return 'signals' in result && Array.isArray(result.signals);
}

/** A copy of `value` with the node at a random path replaced by `replacement`. */
function replaceAt(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const [choice, ...rest] = choices;
  const key = keys[choice! % keys.length]!;
  const source = value as Record<string, unknown>;
  const copy = (Array.isArray(value) ? [...value] : { ...source }) as Record<string, unknown>;
  copy[key] = replaceAt(source[key], rest, replacement);
  return copy;
}

describe.each(SIGNAL_SOURCES)('the %s parser', (source) => {
  const { parse, verify } = WEBHOOK_SOURCES[source];

  it('answers any JSON value with signals, a challenge or a problem, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), githubHeaders, (payload, headers) => {
        expect(isWellFormed(parse(payload, headers))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers its fixture with any one part replaced, never a throw', () => {
    const fixture = fixturePayload(FIXTURES[source]!);
    const depth = fc.array(fc.nat(), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(depth, fc.jsonValue({ maxDepth: 2 }), githubHeaders, (path, value, headers) => {
        expect(isWellFormed(parse(replaceAt(fixture, path, value), headers))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('verifies any headers and body without throwing', () => {
    const headers = fc.dictionary(
      fc.constantFrom(
        'authorization',
        'x-pagerduty-signature',
        'x-hub-signature-256',
        'x-slack-signature',
        'x-slack-request-timestamp',
        'x-other',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(headers, fc.string(), fc.string(), (h, rawBody, secret) => {
        const verdict = verify({ headers: h, rawBody }, secret, TEST_NOW);
        expect(typeof verdict.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
