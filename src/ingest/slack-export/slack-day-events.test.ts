import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Instant } from '../../domain/instant.js';
import { eventDraftsFromSlackDay, kindOfSlackMessage } from './slack-day-events.js';
import { plainTextOfSlack } from './slack-text.js';
import { slackUsersFromJson } from './slack-users.js';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/slack-export/${name}`, import.meta.url), 'utf8'),
  );
const users = slackUsersFromJson(fixture('users.json')) as ReturnType<typeof slackUsersFromJson> &
  Map<string, never>;
const channel = { id: 'C0CHECKOUT', name: 'incident-checkout', folder: 'incident-checkout' };

describe('slackUsersFromJson', () => {
  it('names users by real name, else display name, and marks bots', () => {
    expect([...users.entries()]).toEqual([
      ['U0ANA', { name: 'Ana Ruiz', isBot: false }],
      ['U0SAM', { name: 'Sam O.', isBot: false }],
      ['U0DEPLOYBOT', { name: 'Argo Deployer', isBot: true }],
    ]);
  });
});

describe('plainTextOfSlack', () => {
  it.each([
    ['<@U0ANA> look', '@Ana Ruiz look'],
    ['<@U0NOBODY>', '@U0NOBODY'],
    ['see <#C1|incident-db>', 'see #incident-db'],
    ['<!here> <!subteam^S1|@sre>', '@here @sre'],
    ['<https://x.io/a|graph> and <https://x.io/b>', 'graph (https://x.io/a) and https://x.io/b'],
    ['a &lt; b &amp;&amp; c &gt; d', 'a < b && c > d'],
  ])('turns %j into %j', (text, expected) => {
    expect(plainTextOfSlack(text, users)).toBe(expected);
  });
});

describe('kindOfSlackMessage', () => {
  it.each([
    [null, 'communication'],
    ['PagerDuty', 'alert'],
    ['Grafana Alerts', 'alert'],
    ['Argo Deployer', 'deploy'],
    ['release-bot', 'deploy'],
    ['Standup helper', 'communication'],
  ])('classifies a message from %s as %s', (bot, kind) => {
    expect(kindOfSlackMessage(bot)).toBe(kind);
  });
});

describe('eventDraftsFromSlackDay', () => {
  const context = {
    channel,
    users,
    file: 'incident-checkout/2026-03-12.json',
    from: null,
    to: null,
    slackDomain: null,
  };

  it('keeps conversation, marks replies, and skips joins and edits', () => {
    expect(eventDraftsFromSlackDay(fixture('incident-checkout/2026-03-12.json'), context)).toEqual([
      {
        at: '2026-03-12T09:15:00.000Z',
        sourceZone: 'UTC',
        kind: 'alert',
        source: 'slack',
        actor: 'PagerDuty',
        text: 'Triggered: checkout latency high\nService: checkout',
        originKey: 'slack:C0CHECKOUT:1773306900.000200',
        links: [],
      },
      {
        at: '2026-03-12T09:17:00.000Z',
        sourceZone: 'UTC',
        kind: 'communication',
        source: 'slack',
        actor: 'Ana Ruiz',
        text: 'Looking now. @Sam O. can you check the checkout board (https://grafana.example.com/d/checkout)?',
        originKey: 'slack:C0CHECKOUT:1773307020.000300',
        links: [],
      },
      {
        at: '2026-03-12T09:18:00.000Z',
        sourceZone: 'UTC',
        kind: 'communication',
        source: 'slack',
        actor: 'Sam O.',
        text: '↳ p99 is 2.4s & climbing',
        originKey: 'slack:C0CHECKOUT:1773307080.000400',
        links: [],
      },
      {
        at: '2026-03-12T09:40:00.000Z',
        sourceZone: 'UTC',
        kind: 'deploy',
        source: 'slack',
        actor: 'Argo Deployer',
        text: 'Rollback of checkout to v412 finished',
        originKey: 'slack:C0CHECKOUT:1773308400.000500',
        links: [],
      },
    ]);
  });

  it('leaves out messages outside from…to', () => {
    const drafts = eventDraftsFromSlackDay(fixture('incident-checkout/2026-03-12.json'), {
      ...context,
      from: '2026-03-12T09:16:00.000Z' as Instant,
      to: '2026-03-12T09:30:00.000Z' as Instant,
    });
    expect(Array.isArray(drafts) && drafts.map((draft) => draft.at)).toEqual([
      '2026-03-12T09:17:00.000Z',
      '2026-03-12T09:18:00.000Z',
    ]);
  });

  it('links each message to its permalink, and a reply to its thread, when the domain is known', () => {
    const drafts = eventDraftsFromSlackDay(fixture('incident-checkout/2026-03-12.json'), {
      ...context,
      slackDomain: 'acme',
    });
    expect(Array.isArray(drafts) && drafts.map((draft) => draft.links)).toEqual([
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773306900000200',
          title: 'Slack message',
        },
      ],
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773307020000300',
          title: 'Slack message',
        },
      ],
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773307080000400?thread_ts=1773307020.000300&cid=C0CHECKOUT',
          title: 'Slack message',
        },
      ],
      [
        {
          url: 'https://acme.slack.com/archives/C0CHECKOUT/p1773308400000500',
          title: 'Slack message',
        },
      ],
    ]);
  });

  it('refuses a day file that is not a list', () => {
    expect(eventDraftsFromSlackDay({}, context)).toEqual({
      problem: 'incident-checkout/2026-03-12.json: must be a list of messages',
    });
  });
});
