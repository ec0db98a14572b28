/** @module One per-day file of a Slack export channel (`<channel>/<YYYY-MM-DD>.json`) → timeline event drafts. */
import type { Instant } from '../../domain/instant.js';
import type { EvidenceLink } from '../../domain/timeline-event.js';
import type { EventDraft } from '../events-file/event-draft.js';
import { instantFromSlackTs } from '../webhooks/slack.js';
import type { SlackChannel } from './slack-channel.js';
import { slackPermalink } from './slack-permalink.js';
import { plainTextOfSlack } from './slack-text.js';
import type { SlackUser } from './slack-users.js';

/** Housekeeping, not conversation: joins, leaves, and edits or deletions of a message kept elsewhere. */
const SKIPPED_SUBTYPES = new Set([
  'channel_join',
  'channel_leave',
  'message_changed',
  'message_deleted',
  'group_join',
  'group_leave',
  'tombstone',
]);

const DEPLOY_BOT =
  /deploy|release|argo|spinnaker|jenkins|github|gitlab|circleci|buildkite|flux|\bci\b|\bcd\b/i;
const ALERT_BOT =
  /alert|pagerduty|opsgenie|grafana|prometheus|datadog|sentry|new ?relic|monitor|incident\.io|statuspage|uptime/i;

/**
 * The kind of a message: `deploy` or `alert` when a bot whose name looks like a deploy or
 * alerting tool posted it, else `communication`.
 * @example kindOfSlackMessage('ArgoCD') // 'deploy'
 */
export function kindOfSlackMessage(botName: string | null): EventDraft['kind'] {
  if (botName === null) return 'communication';
  if (ALERT_BOT.test(botName)) return 'alert';
  if (DEPLOY_BOT.test(botName)) return 'deploy';
  return 'communication';
}

export interface SlackDayContext {
  channel: SlackChannel;
  users: Map<string, SlackUser>;
  /** The file name, for problems (`incident-db/2026-03-12.json`). */
  file: string;
  from: Instant | null;
  to: Instant | null;
  /** The workspace's domain (`acme` for acme.slack.com), to link each message; null: no links. */
  slackDomain: string | null;
}

/** A message as a timeline event draft, with its permalink when the workspace domain is known. */
export interface SlackMessageDraft extends EventDraft {
  links: EvidenceLink[];
}

/**
 * The messages of one day file as event drafts, in the file's order. Thread replies are kept
 * (marked `↳`); joins, leaves, edits and deletions are skipped, as are messages outside from…to.
 */
export function eventDraftsFromSlackDay(
  json: unknown,
  context: SlackDayContext,
): SlackMessageDraft[] | { problem: string } {
  if (!Array.isArray(json)) return { problem: `${context.file}: must be a list of messages` };
  const drafts: SlackMessageDraft[] = [];
  for (const item of json) {
    const draft = draftOfMessage(item, context);
    if (draft !== null) drafts.push(draft);
  }
  return drafts;
}

function draftOfMessage(item: unknown, context: SlackDayContext): SlackMessageDraft | null {
  if (item === null || typeof item !== 'object') return null;
  const message = item as Record<string, unknown>;
  if (message.type !== undefined && message.type !== 'message') return null;
  const subtype = typeof message.subtype === 'string' ? message.subtype : null;
  if (subtype !== null && SKIPPED_SUBTYPES.has(subtype)) return null;
  const ts = typeof message.ts === 'string' ? message.ts : null;
  const at = ts === null ? null : instantFromSlackTs(ts);
  if (ts === null || at === null) return null;
  if ((context.from !== null && at < context.from) || (context.to !== null && at > context.to)) {
    return null;
  }
  const raw = typeof message.text === 'string' ? message.text : '';
  const text = plainTextOfSlack(raw, context.users).replaceAll('\u0000', '').trim();
  const attachments = attachmentText(message.attachments);
  const body = [text, attachments].filter((part) => part !== '').join('\n');
  if (body === '') return null;
  const threadTs = typeof message.thread_ts === 'string' ? message.thread_ts : null;
  const isReply = threadTs !== null && threadTs !== ts;
  const botName = botNameOf(message, context.users);
  return {
    at,
    sourceZone: 'UTC',
    kind: kindOfSlackMessage(botName),
    source: 'slack',
    actor: botName ?? userNameOf(message, context.users),
    text: clip(isReply ? `↳ ${body}` : body),
    originKey: `slack:${context.channel.id}:${ts}`,
    links:
      context.slackDomain === null
        ? []
        : [
            {
              url: slackPermalink(context.slackDomain, context.channel.id, ts, threadTs),
              title: 'Slack message',
            },
          ],
  };
}

function botNameOf(message: Record<string, unknown>, users: Map<string, SlackUser>): string | null {
  const profile = message.bot_profile as { name?: unknown } | undefined;
  const isBot =
    typeof message.bot_id === 'string' ||
    message.subtype === 'bot_message' ||
    (typeof message.user === 'string' && users.get(message.user)?.isBot === true);
  if (!isBot) return null;
  for (const name of [message.username, profile?.name]) {
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  }
  const user = typeof message.user === 'string' ? users.get(message.user) : undefined;
  return user?.name ?? 'bot';
}

function userNameOf(
  message: Record<string, unknown>,
  users: Map<string, SlackUser>,
): string | null {
  if (typeof message.user !== 'string') return null;
  const profile = message.user_profile as { real_name?: unknown } | undefined;
  return (
    users.get(message.user)?.name ??
    (typeof profile?.real_name === 'string' ? profile.real_name : message.user)
  );
}

/** Bots often put everything in attachments: keep their title and text. */
function attachmentText(attachments: unknown): string {
  if (!Array.isArray(attachments)) return '';
  return attachments
    .flatMap((attachment) => {
      const a = (attachment ?? {}) as Record<string, unknown>;
      return [a.title, a.text].filter((part): part is string => typeof part === 'string');
    })
    .join('\n')
    .trim();
}

function clip(text: string): string {
  return text.length > 10_000 ? `${text.slice(0, 9_999)}…` : text;
}
