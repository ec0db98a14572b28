/** @module channels.json of a Slack export → the channel to import, found by name (or id). */

export interface SlackChannel {
  id: string;
  name: string;
}

/** The channel named `name` (a leading `#` is ignored), or null when the export has none. */
export function findSlackChannel(
  json: unknown,
  name: string,
): SlackChannel | null | { problem: string } {
  if (!Array.isArray(json)) return { problem: 'channels.json: must be a list of channels' };
  const wanted = name.replace(/^#/, '');
  for (const item of json) {
    if (item === null || typeof item !== 'object') continue;
    const channel = item as Record<string, unknown>;
    if (typeof channel.name !== 'string' || typeof channel.id !== 'string') continue;
    if (channel.name === wanted || channel.id === wanted) {
      return { id: channel.id, name: channel.name };
    }
  }
  return null;
}

/** Channel names listed in channels.json, for a helpful error. */
export function slackChannelNames(json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  return json
    .map((item) => (item as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string');
}
