/** @module Slack's message markup (`<@U1>`, `<#C1|name>`, `<url|label>`, `&amp;`) → plain text. */
import type { SlackUser } from './slack-users.js';

const TOKEN = /<([^<>]+)>/g;

/**
 * Plain text of a Slack message: mentions become `@name`, channel links `#name`, links
 * `label (url)`, and the three escaped characters are restored.
 * @example plainTextOfSlack('ping <@U1> see <https://x.io|graph>', users) // 'ping @Ana see graph (https://x.io)'
 */
export function plainTextOfSlack(text: string, users: Map<string, SlackUser>): string {
  return text
    .replace(TOKEN, (_, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) {
        const id = target.slice(1);
        return `@${label ?? users.get(id)?.name ?? id}`;
      }
      if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
      if (target.startsWith('!')) {
        const special = target.slice(1).split('^')[0]!;
        return label ?? `@${special}`;
      }
      return label && label !== target ? `${label} (${target})` : target;
    })
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
