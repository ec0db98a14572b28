import { describe, expect, it } from 'vitest';
import { eventKindFromText } from './event-kind-from-text.js';

describe('eventKindFromText', () => {
  it.each([
    ['Deployed build 812 of the ledger service', 'deploy'],
    ['Latency alert fired for checkout-api', 'alert'],
    ['Posted an update on the status page', 'communication'],
    ['Merchants reported failing card payments', 'impact'],
    ['Tile requests began timing out in two regions', 'impact'],
    ['Error rate at 14% on the EU cluster', 'metric'],
    ['Decided to fail over to the standby database', 'decision'],
    ['Restarted the cache nodes one by one', 'action'],
    ['Upstream DNS provider confirmed a fault on their side', 'external'],
    ['Incident channel opened', 'note'],
  ] as const)('reads "%s" as %s', (text, kind) => {
    expect(eventKindFromText(text)).toBe(kind);
  });
});
