import { describe, expect, it } from 'vitest';
import { checkActionItem } from './check-action-item.js';
import { scanText } from './scan-text.js';

function check(text: string) {
  const hit = checkActionItem(scanText(text));
  return hit && { rule: hit.rule, missing: hit.missing, verb: hit.verb };
}

describe('checkActionItem', () => {
  it.each([
    ['Investigate.', 'vague-open-ended-verb', ['change', 'object', 'outcome']],
    ['Enhance alerting for the payments service.', 'vague-open-ended-verb', ['change', 'outcome']],
    ['Reduce toil.', 'vague-no-measurable-outcome', ['outcome', 'object']],
    ['Update documentation.', 'vague-no-object', ['object', 'outcome']],
    ['Better documentation.', 'vague-no-object', ['object', 'outcome']],
    [
      'Remember to check replication lag before failover.',
      'vague-exhortation',
      ['change', 'outcome'],
    ],
    [
      'Let us dig deeper into the outage.',
      'vague-open-ended-verb',
      ['change', 'object', 'outcome'],
    ],
    ['Be a lot more deliberate with schema changes.', 'vague-exhortation', ['change', 'outcome']],
    ['Get the data team more engaged in reviews.', 'vague-no-measurable-outcome', ['outcome']],
    [
      'Spend some time on the flaky integration suite.',
      'vague-open-ended-verb',
      ['change', 'outcome'],
    ],
    ['Create a culture of ownership for the alerts.', 'vague-no-object', ['object', 'outcome']],
  ])('classifies %j as %s missing %j', (text, rule, missing) => {
    expect(check(text)).toMatchObject({ rule, missing });
  });

  it.each([
    'Please add a runbook link to the replica-lag alert.',
    '- [ ] Enable MFA on the admin console.',
    'Monitor the error ratio of the new search cluster for 7 days and roll back if it exceeds 0.5%.',
    'Find out why the disk alert did not fire and fix its threshold.',
    'Increase log retention for the auth service from 24 hours to 14 days.',
    'Make the release bot reject tags that skip the staging stage.',
    'Spend two days moving the cron jobs to the CronJob controller.',
    'Involve the security on-call in SEV1s by adding them to the paging policy.',
  ])('accepts %j', (text) => {
    expect(check(text)).toBeNull();
  });

  it('reads the verb after leading filler such as "We should"', () => {
    expect(check('We should look into the flaky tests.')?.verb).toBe('look into');
  });

  it('reads past intensifiers inside the verb phrase', () => {
    expect(check("Let's look closer at the retry storm.")?.verb).toBe('look at');
  });

  it('does not let a later open-ended verb rescue an item', () => {
    expect(check('Investigate the latency spikes and improve them.')?.rule).toBe(
      'vague-open-ended-verb',
    );
  });
});
