/** @module Links back to a Slack message in its workspace, as Slack's own "Copy link" writes them. */

const WORKSPACE_DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;

/**
 * The workspace part of `<domain>.slack.com` from what a person typed (`acme`, `acme.slack.com`
 * or `https://acme.slack.com/`), or why it cannot be one.
 * @example slackDomainFrom('https://Acme.slack.com/') // 'acme'
 */
export function slackDomainFrom(text: string): string | { problem: string } {
  const domain = text
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '')
    .replace(/\.slack\.com$/, '');
  if (!WORKSPACE_DOMAIN.test(domain)) {
    return { problem: `must be a Slack workspace domain such as acme (for acme.slack.com)` };
  }
  return domain;
}

/**
 * The permalink of message `ts` in conversation `channelId`; a thread reply also names its thread,
 * so the link opens the thread.
 * @example slackPermalink('acme', 'C0OPS', '1773306900.000200', null)
 * // 'https://acme.slack.com/archives/C0OPS/p1773306900000200'
 */
export function slackPermalink(
  domain: string,
  channelId: string,
  ts: string,
  threadTs: string | null,
): string {
  const base = `https://${domain}.slack.com/archives/${channelId}/p${ts.replace('.', '')}`;
  return threadTs === null || threadTs === ts
    ? base
    : `${base}?thread_ts=${threadTs}&cid=${channelId}`;
}
