import { describe, expect, it } from 'vitest';
import { type EventSignal, readsAs } from './milestone-phrases.js';

describe('readsAs', () => {
  it.each<[EventSignal, string]>([
    ['humanReport', 'Customer reported that card payments hang at the last step'],
    ['humanReport', 'Users report blank pages on the order history screen'],
    ['humanReport', 'Support ticket #4411: invoices missing since this morning'],
    ['humanReport', 'Priya noticed the queue depth climbing on the dashboard'],
    ['humanReport', 'Reported by the warehouse team over chat'],
    ['acknowledgement', 'Page acknowledged by the on-call engineer'],
    ['acknowledgement', 'Acked from the mobile app'],
    ['mitigation', 'Traffic shifted away; impact mitigated'],
    ['mitigation', 'Rolled back payments-api to 4.12.0'],
    ['mitigation', 'Failover complete, writes go to the replica region'],
    ['mitigation', 'Workaround in place: retries disabled for the bulk export job'],
    ['resolution', 'Incident resolved after the backlog drained'],
    ['resolution', 'Search fully recovered'],
    ['resolution', 'All clear from the database team'],
    ['customerNotice', 'Posted an update on the status page'],
    ['customerNotice', 'Customers notified through the in-app banner'],
    ['customerNotice', 'Email to affected customers sent by the comms lead'],
  ])('reads as %s: "%s"', (signal, text) => {
    expect(readsAs(text, signal)).toBe(true);
  });

  it.each<[EventSignal, string]>([
    ['humanReport', 'Alert fired on the p99 latency of checkout'],
    ['acknowledgement', 'Paged the secondary on-call'],
    ['mitigation', 'Started preparing a rollback of payments-api'],
    ['resolution', 'Error rate still above the threshold'],
    ['customerNotice', 'Internal update posted in the incident channel'],
  ])('does not read as %s: "%s"', (signal, text) => {
    expect(readsAs(text, signal)).toBe(false);
  });

  it.each<[EventSignal, string]>([
    ['resolution', 'Not yet resolved, errors keep coming back'],
    ['mitigation', 'Load shedding has not mitigated anything so far'],
    ['resolution', 'The issue is unresolved'],
    ['customerNotice', 'Status page not updated yet'],
  ])('ignores a negated phrase for %s: "%s"', (signal, text) => {
    expect(readsAs(text, signal)).toBe(false);
  });

  it('ignores a phrase inside a question', () => {
    expect(readsAs('Is the login issue resolved? Checking now.', 'resolution')).toBe(false);
  });

  it('finds a phrase in a later sentence after a negated one', () => {
    expect(
      readsAs('Not resolved at 10:05. Resolved at 10:20 after the cache warmed.', 'resolution'),
    ).toBe(true);
  });
});
