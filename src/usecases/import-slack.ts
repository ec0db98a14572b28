/**
 * @module Importing one conversation of a Slack workspace export (a folder or a .zip) onto an
 * incident's timeline: a public or private channel, a group or a direct message.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncidentKey, TimelineEventId } from '../domain/ids.js';
import { type Instant, shiftInstant } from '../domain/instant.js';
import type { TimelineEvent } from '../domain/timeline-event.js';
import {
  findSlackChannel,
  SLACK_CONVERSATION_FILES,
  type SlackChannel,
  slackChannelNames,
} from '../ingest/slack-export/slack-channel.js';
import {
  eventDraftsFromSlackDay,
  type SlackMessageDraft,
} from '../ingest/slack-export/slack-day-events.js';
import { type SlackUser, slackUsersFromJson } from '../ingest/slack-export/slack-users.js';
import { zipEntriesFromBuffer } from '../ingest/slack-export/zip-entries.js';
import { insertTimelineEvents, newId } from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';
import { requireIncident } from './incidents.js';
import { auditTimelineImport, type ImportSummary, storeInBatches } from './timeline-import.js';

/** The files of an export, wherever they live. Paths are relative to the export's root. */
export interface SlackExportFiles {
  readText(path: string): Promise<string | null>;
  /** Names of the files directly inside `dir`. */
  list(dir: string): Promise<string[]>;
}

export interface SlackImportOptions {
  /** A channel's or group's name (or id), or a direct message's id. */
  channel: string;
  from: Instant | null;
  to: Instant | null;
  /** The workspace's domain (`acme` for acme.slack.com): each event then links to its message. */
  slackDomain?: string | null;
  /** Seconds added to every message time, to correct an export whose clock was off (default 0). */
  clockOffsetSeconds?: number;
  onProgress?: (read: number) => void;
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** Opens an export: a folder as Slack unpacks it, or the .zip Slack hands out. */
export async function openSlackExport(path: string): Promise<SlackExportFiles> {
  const info = await stat(path).catch(() => null);
  if (info === null) throw new AppError('VALIDATION_FAILED', `export: ${path} does not exist`);
  return info.isDirectory() ? folderFiles(path) : zipFiles(path, await readFile(path));
}

/**
 * Adds the conversation's messages to the incident's timeline, all or nothing in one transaction
 * and in batches; messages imported before (same conversation and `ts`) are skipped.
 */
export async function importSlackExport(
  ctx: UseCaseContext,
  key: IncidentKey,
  files: SlackExportFiles,
  options: SlackImportOptions,
): Promise<ImportSummary & { channel: string }> {
  const channel = await channelOf(files, options.channel);
  const users = await usersOf(files);
  const summary = await inTransaction(ctx, async (db) => {
    const incident = await requireIncident(db, ctx, key);
    const eventOf = (draft: SlackMessageDraft, now: Instant): TimelineEvent => ({
      id: newId() as TimelineEventId,
      workspaceId: incident.workspaceId,
      incidentId: incident.id,
      at: shiftInstant(draft.at, options.clockOffsetSeconds ?? 0),
      sourceZone: draft.sourceZone,
      kind: draft.kind,
      source: draft.source,
      actor: draft.actor,
      text: draft.text,
      highlight: false,
      links: draft.links,
      change: null,
      version: 1,
      createdAt: now,
      createdBy: ctx.actor.name,
    });
    // Messages carry permalinks, so they take the general insert rather than the links-free
    // bulk path of CSV/JSONL rows; a Slack channel is thousands of messages, not millions.
    const summary = await storeInBatches(
      slackMessages(files, channel, users, options),
      (drafts) => {
        const now = ctx.clock();
        return insertTimelineEvents(
          db,
          drafts.map((draft) => eventOf(draft, now)),
          drafts.map((draft) => draft.originKey),
        );
      },
      options.onProgress,
    );
    await auditTimelineImport(db, ctx, incident.id, summary, `slack #${channel.name}`);
    return summary;
  });
  return { ...summary, channel: channel.name };
}

async function* slackMessages(
  files: SlackExportFiles,
  channel: SlackChannel,
  users: Map<string, SlackUser>,
  options: SlackImportOptions,
): AsyncGenerator<SlackMessageDraft> {
  const days = (await files.list(channel.folder))
    .filter((name) => DAY_FILE.test(name) && isDayInRange(name.slice(0, 10), options))
    .sort();
  for (const name of days) {
    const file = `${channel.folder}/${name}`;
    const drafts = eventDraftsFromSlackDay(await readJson(files, file), {
      channel,
      users,
      file,
      from: options.from,
      to: options.to,
      slackDomain: options.slackDomain ?? null,
    });
    if ('problem' in drafts) throw new AppError('VALIDATION_FAILED', drafts.problem);
    // Slack sorts a day's messages, but replies can be written into a parent's day out of order.
    drafts.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    yield* drafts;
  }
}

/** Day files are named in the workspace's zone: keep a day of margin either side of from…to. */
function isDayInRange(day: string, options: SlackImportOptions): boolean {
  const dayMs = Date.parse(`${day}T00:00:00Z`);
  const margin = 2 * 86_400_000;
  if (options.from !== null && dayMs + margin < Date.parse(options.from)) return false;
  if (options.to !== null && dayMs - margin > Date.parse(options.to)) return false;
  return true;
}

/** The conversation named `name`, looked up in each list the export has (only admins' exports have all four). */
async function channelOf(files: SlackExportFiles, name: string): Promise<SlackChannel> {
  const names: string[] = [];
  let lists = 0;
  for (const file of SLACK_CONVERSATION_FILES) {
    if ((await files.readText(file)) === null) continue;
    lists += 1;
    const json = await readJson(files, file);
    const channel = findSlackChannel(file, json, name);
    if (channel !== null && 'problem' in channel) {
      throw new AppError('VALIDATION_FAILED', channel.problem);
    }
    if (channel !== null) return channel;
    names.push(...slackChannelNames(file, json));
  }
  if (lists === 0) await readJson(files, 'channels.json');
  const known = names.slice(0, 20).join(', ');
  throw new AppError(
    'VALIDATION_FAILED',
    `channel: "${name}" is not in this export${known ? `; it has ${known}` : ''}`,
  );
}

async function usersOf(files: SlackExportFiles): Promise<Map<string, SlackUser>> {
  // Without users.json messages keep their user ids; everything else still imports.
  if ((await files.readText('users.json')) === null) return new Map();
  const users = slackUsersFromJson(await readJson(files, 'users.json'));
  if ('problem' in users) throw new AppError('VALIDATION_FAILED', users.problem);
  return users;
}

async function readJson(files: SlackExportFiles, path: string): Promise<unknown> {
  const text = await files.readText(path);
  if (text === null) {
    throw new AppError('VALIDATION_FAILED', `${path}: missing; is this a Slack workspace export?`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', `${path}: is not valid JSON`);
  }
}

function folderFiles(root: string): SlackExportFiles {
  return {
    readText: (path) => readFile(join(root, path), 'utf8').catch(() => null),
    list: (dir) => readdir(join(root, dir)).catch(() => []),
  };
}

function zipFiles(path: string, buffer: Buffer): SlackExportFiles {
  const entries = zipEntriesFromBuffer(buffer);
  if ('problem' in entries)
    throw new AppError('VALIDATION_FAILED', `export: ${path} ${entries.problem}`);
  // Some tools zip the export inside a top folder: the folder holding users.json is the root.
  const marker = ['users.json', ...SLACK_CONVERSATION_FILES]
    .map((file) => entries.find((entry) => entry.name.split('/').at(-1) === file))
    .find((entry) => entry !== undefined);
  const root = marker ? marker.name.slice(0, marker.name.lastIndexOf('/') + 1) : '';
  const byName = new Map(entries.map((entry) => [entry.name.slice(root.length), entry]));
  return {
    readText: async (name) => byName.get(name)?.read().toString('utf8') ?? null,
    list: async (dir) =>
      [...byName.keys()]
        .filter((name) => name.startsWith(`${dir}/`) && !name.slice(dir.length + 1).includes('/'))
        .map((name) => name.slice(dir.length + 1)),
  };
}
