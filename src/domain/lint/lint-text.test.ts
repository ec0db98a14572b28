import { describe, expect, it } from 'vitest';
import { lintText } from './lint-text.js';

function spansOf(text: string, kind: 'narrative' | 'actionItem', participants: string[] = []) {
  return lintText(text, { kind, participants }).map((f) => [
    f.rule,
    text.slice(f.where?.start, f.where?.end),
  ]);
}

describe('lintText on narratives', () => {
  it.each([
    ['Marta forgot to renew the certificate.', ['Marta'], 'blame-person-cause', 'Marta forgot'],
    [
      'The on-call engineer failed to acknowledge the page.',
      [],
      'blame-person-cause',
      'on-call engineer failed to',
    ],
    ["He didn't check replication lag.", [], 'blame-person-cause', "He didn't"],
    ['The outage was caused by the intern.', [], 'blame-person-cause', 'caused by the intern'],
    [
      'If only the network team had checked the routes, nothing would have broken.',
      [],
      'blame-person-cause',
      'If only the network team had checked',
    ],
    ['The root cause was human error.', [], 'blame-human-error', 'human error'],
    ["It is the DBA's fault that backups failed.", [], 'blame-human-error', "DBA's fault"],
    ["The mistake was entirely Felix's.", ['Felix'], 'blame-human-error', "Felix's"],
    ['Lena was careless with the credentials.', ['Lena'], 'blame-character', 'careless'],
    ['Engineers need to be more careful with DNS.', [], 'blame-exhortation', 'be more careful'],
  ])('flags %j as %s on the exact words', (text, participants, rule, span) => {
    expect(spansOf(text, 'narrative', participants)).toContainEqual([rule, span]);
  });

  it.each([
    ['Alice paged the database team at 09:18.', ['Alice']],
    ["Thanks to Priya's quick rollback, checkout recovered.", ['Priya']],
    ['This was not human error; the tool allowed a destructive command.', []],
    ['The deploy caused a spike in 502s.', []],
    ['The config change broke checkout.', []],
    ['Nobody is to blame: the threshold was wrong.', []],
    ['Human error is never a root cause in our reviews.', []],
    ['Calling this operator error would hide the missing guard rail.', []],
    ['The customer wrote "your engineers are careless" in the ticket.', []],
    ['We run fault injection on the broker; the store is fault-tolerant.', []],
    ['We burned 40% of the error budget.', []],
    ['The migration requires careful sequencing.', []],
    ['The on-call rotation did not include payments.', []],
    ['Hana said the deploy broke checkout.', ['Hana']],
    ['We stop asking who made the mistake.', []],
  ])('does not flag %j', (text, participants) => {
    expect(spansOf(text, 'narrative', participants)).toEqual([]);
  });

  it('reports counterfactual hindsight as a warning, not an error', () => {
    const findings = lintText('In hindsight, the retry storm was obviously going to hurt.', {
      kind: 'narrative',
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['hindsight-counterfactual', 'warning'],
      ['hindsight-counterfactual', 'warning'],
    ]);
  });

  it('gives blame findings a system-focused rewrite suggestion', () => {
    const [finding] = lintText('Ops neglected the firewall rules.', { kind: 'narrative' });
    expect(finding?.suggestion).toContain('Ask what allowed "Ops neglected" to happen');
  });

  it('points at the path it was given, or at "text" by default', () => {
    const text = 'The root cause was human error.';
    expect(lintText(text, { kind: 'narrative', path: 'lessons.wentWrong' })[0]?.where).toEqual({
      path: 'lessons.wentWrong',
      start: 19,
      end: 30,
    });
    expect(lintText(text, { kind: 'narrative' })[0]?.where?.path).toBe('text');
  });

  it('keeps offsets exact across several sentences and lines', () => {
    const text = 'Alice paged the team.\n\n- Bob forgot the cert. The cert expired.';
    expect(spansOf(text, 'narrative', ['Alice', 'Bob'])).toEqual([
      ['blame-person-cause', 'Bob forgot'],
    ]);
  });
});

describe('lintText suppressions', () => {
  it('silences the named rule on the same line when a reason is given', () => {
    const text =
      'The customer blamed human error. <!-- hindsight-ignore blame-human-error: quoting the complaint -->';
    expect(spansOf(text, 'narrative')).toEqual([]);
  });

  it('silences the next line when the directive stands alone on its line', () => {
    const text =
      'hindsight-ignore blame-human-error: verbatim customer quote\nIt was human error.\nIt was human error.';
    expect(lintText(text, { kind: 'narrative' }).map((f) => f.where?.start)).toEqual([87]);
  });

  it('reports a directive without a reason and does not honour it', () => {
    const text = 'It was human error. <!-- hindsight-ignore blame-human-error -->';
    expect(spansOf(text, 'narrative')).toEqual([
      ['blame-human-error', 'human error'],
      ['suppression-without-reason', '<!-- hindsight-ignore blame-human-error -->'],
    ]);
  });

  it('warns about a directive naming an unknown rule', () => {
    const rules = lintText('Fine. hindsight-ignore no-such-rule: because', {
      kind: 'narrative',
    }).map((f) => [f.rule, f.severity]);
    expect(rules).toEqual([['suppression-unknown-rule', 'warning']]);
  });

  it('leaves other rules active on a suppressed line', () => {
    const text =
      'Sam forgot the key, human error. hindsight-ignore blame-human-error: quoted from chat';
    expect(spansOf(text, 'narrative', ['Sam'])).toEqual([['blame-person-cause', 'Sam forgot']]);
  });
});

describe('lintText on action items', () => {
  it.each([
    ['Improve monitoring.', 'vague-open-ended-verb', 'Improve'],
    ['Look into the Kafka consumer lag.', 'vague-open-ended-verb', 'Look into'],
    [
      'Reduce latency of the search API.',
      'vague-no-measurable-outcome',
      'Reduce latency of the search API',
    ],
    ['Make the failover faster.', 'vague-no-measurable-outcome', 'Make the failover faster'],
    ['Add more alerts.', 'vague-no-object', 'Add more alerts'],
    ['Fix the bug.', 'vague-no-object', 'Fix the bug'],
    ['Be more careful with deploys.', 'vague-exhortation', 'Be more careful'],
    ['Keep an eye on memory usage.', 'vague-exhortation', 'Keep an eye on'],
  ])('flags %j as %s', (text, rule, span) => {
    expect(spansOf(text, 'actionItem')).toEqual([[rule, span]]);
  });

  it.each([
    'Add a Prometheus alert on checkout-api 5xx ratio > 2% for 5 min, paging the payments on-call.',
    'Rotate the Stripe API key.',
    'Reduce p99 latency of the search API below 300 ms at 1,500 requests per second.',
    'Investigate whether moving sessions to DynamoDB cuts failover below 1 minute, and decide by 2026-12-15.',
    'Review the Redis failover runbook and remove the steps for the retired sentinel hosts.',
  ])('accepts the specific item %j', (text) => {
    expect(spansOf(text, 'actionItem')).toEqual([]);
  });

  it('names the missing parts and gives an example on the item topic', () => {
    const [finding] = lintText('Improve alerting.', { kind: 'actionItem' });
    expect(finding?.message).toContain('Missing: the exact change to make');
    expect(finding?.message).toContain('a measurable outcome or threshold');
    expect(finding?.suggestion).toContain('Add a Prometheus alert on checkout-api 5xx ratio');
  });

  it('still reports blame inside an action item', () => {
    expect(
      spansOf('Make sure Ravi does not forget again; Ravi forgot the cert.', 'actionItem', [
        'Ravi',
      ]),
    ).toContainEqual(['blame-person-cause', 'Ravi forgot']);
  });
});
