import { describe, expect, it } from 'vitest';
import { slackDomainFrom, slackPermalink } from './slack-permalink.js';

describe('slackDomainFrom', () => {
  it.each([
    ['acme', 'acme'],
    ['Acme-Corp', 'acme-corp'],
    ['acme.slack.com', 'acme'],
    ['https://acme.slack.com/', 'acme'],
    ['acme.enterprise', 'acme.enterprise'],
  ])('reads %j as the workspace domain %j', (text, domain) => {
    expect(slackDomainFrom(text)).toBe(domain);
  });

  it.each(['', 'acme corp', '-acme', 'acme/archives', 'ac_me'])('refuses %j', (text) => {
    expect(slackDomainFrom(text)).toEqual({
      problem: 'must be a Slack workspace domain such as acme (for acme.slack.com)',
    });
  });
});

describe('slackPermalink', () => {
  it.each<[string, string | null, string]>([
    ['1773306900.000200', null, 'https://acme.slack.com/archives/C0OPS/p1773306900000200'],
    [
      '1773306900.000200',
      '1773306900.000200',
      'https://acme.slack.com/archives/C0OPS/p1773306900000200',
    ],
    [
      '1773307080.000400',
      '1773307020.000300',
      'https://acme.slack.com/archives/C0OPS/p1773307080000400?thread_ts=1773307020.000300&cid=C0OPS',
    ],
  ])('links message %s (thread %s) as %s', (ts, threadTs, url) => {
    expect(slackPermalink('acme', 'C0OPS', ts, threadTs)).toBe(url);
  });
});
