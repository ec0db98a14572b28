import { describe, expect, it } from 'vitest';
import {
  findSlackChannel,
  type SlackConversationFile,
  slackChannelNames,
} from './slack-channel.js';

const LISTS: Record<SlackConversationFile, unknown> = {
  'channels.json': [{ id: 'C0OPS', name: 'ops', created: 1773300000 }],
  'groups.json': [{ id: 'G0SEC', name: 'sec-incident-12', is_private: true }],
  'mpims.json': [{ id: 'G0MP', name: 'mpdm-ana--sam--rosa-1', members: ['U0ANA', 'U0SAM'] }],
  'dms.json': [{ id: 'D0ANASAM', created: 1773300000, members: ['U0ANA', 'U0SAM'] }],
};

describe('findSlackChannel', () => {
  it.each<[SlackConversationFile, string, { id: string; name: string; folder: string } | null]>([
    ['channels.json', '#ops', { id: 'C0OPS', name: 'ops', folder: 'ops' }],
    ['channels.json', 'C0OPS', { id: 'C0OPS', name: 'ops', folder: 'ops' }],
    [
      'groups.json',
      'sec-incident-12',
      { id: 'G0SEC', name: 'sec-incident-12', folder: 'sec-incident-12' },
    ],
    [
      'mpims.json',
      'mpdm-ana--sam--rosa-1',
      { id: 'G0MP', name: 'mpdm-ana--sam--rosa-1', folder: 'mpdm-ana--sam--rosa-1' },
    ],
    ['dms.json', 'D0ANASAM', { id: 'D0ANASAM', name: 'D0ANASAM', folder: 'D0ANASAM' }],
    ['channels.json', 'sec-incident-12', null],
    ['dms.json', 'ops', null],
  ])('looks up %s for %j', (file, wanted, expected) => {
    expect(findSlackChannel(file, LISTS[file], wanted)).toEqual(expected);
  });

  it('says which list is malformed', () => {
    expect(findSlackChannel('groups.json', { id: 'G1' }, 'x')).toEqual({
      problem: 'groups.json: must be a list of conversations',
    });
  });
});

describe('slackChannelNames', () => {
  it('lists names, and ids for direct messages', () => {
    expect([
      slackChannelNames('channels.json', LISTS['channels.json']),
      slackChannelNames('dms.json', LISTS['dms.json']),
    ]).toEqual([['ops'], ['D0ANASAM']]);
  });
});
