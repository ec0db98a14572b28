/** @module The conversation lists of a Slack export (channels, private channels, group and direct messages) → the one to import. */

/** The list files of an export, in the order a name is looked up in them. */
export const SLACK_CONVERSATION_FILES = [
  'channels.json',
  'groups.json',
  'mpims.json',
  'dms.json',
] as const;
export type SlackConversationFile = (typeof SLACK_CONVERSATION_FILES)[number];

export interface SlackChannel {
  id: string;
  /** The channel's name; a direct message has none and is named by its id. */
  name: string;
  /** The export folder holding its day files: the name, or the id for a direct message. */
  folder: string;
}

/**
 * The conversation of list `file` named `wanted` (a leading `#` is ignored) or with that id, or
 * null when the list has none. Direct messages (`dms.json`) have no name and are found by id.
 * @example findSlackChannel('dms.json', [{ id: 'D0AB', members: ['U1', 'U2'] }], 'D0AB')
 * // { id: 'D0AB', name: 'D0AB', folder: 'D0AB' }
 */
export function findSlackChannel(
  file: SlackConversationFile,
  json: unknown,
  wanted: string,
): SlackChannel | null | { problem: string } {
  if (!Array.isArray(json)) return { problem: `${file}: must be a list of conversations` };
  const key = wanted.replace(/^#/, '');
  for (const item of json) {
    if (item === null || typeof item !== 'object') continue;
    const conversation = item as Record<string, unknown>;
    if (typeof conversation.id !== 'string') continue;
    if (file === 'dms.json') {
      if (conversation.id === key) return { id: key, name: key, folder: key };
      continue;
    }
    if (typeof conversation.name !== 'string') continue;
    if (conversation.name === key || conversation.id === key) {
      return { id: conversation.id, name: conversation.name, folder: conversation.name };
    }
  }
  return null;
}

/** The names (ids for direct messages) a conversation list holds, for a helpful error. */
export function slackChannelNames(file: SlackConversationFile, json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  const field = file === 'dms.json' ? 'id' : 'name';
  return json
    .map((item) => (item as Record<string, unknown> | null)?.[field])
    .filter((name): name is string => typeof name === 'string');
}
