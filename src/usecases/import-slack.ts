/** @module Importing one channel of a Slack workspace export (a folder or a .zip) onto an incident's timeline. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IncidentKey } from '../domain/ids.js';
import type { Instant } from '../domain/instant.js';
import type { EventRow } from '../ingest/events-file/event-draft.js';
import {
  findSlackChannel,
  type SlackChannel,
  slackChannelNames,
} from '../ingest/slack-export/slack-channel.js';
import { eventDraftsFromSlackDay } from '../ingest/slack-export/slack-day-events.js';
import { type SlackUser, slackUsersFromJson } from '../ingest/slack-export/slack-users.js';
import { zipEntriesFromBuffer } from '../ingest/slack-export/zip-entries.js';
import { AppError } from './app-error.js';
import type { UseCaseContext } from './context.js';
import { type ImportSummary, importTimelineEvents } from './import-events.js';

/** The files of an export, wherever they live. Paths are relative to the export's root. */
export interface SlackExportFiles {
  readText(path: string): Promise<string | null>;
  /** Names of the files directly inside `dir`. */
  list(dir: string): Promise<string[]>;
}

export interface SlackImportOptions {
  channel: string;
  from: Instant | null;
  to: Instant | null;
  onProgress?: (read: number) => void;
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** Opens an export: a folder as Slack unpacks it, or the .zip Slack hands out. */
export async function openSlackExport(path: string): Promise<SlackExportFiles> {
  const info = await stat(path).catch(() => null);
  if (info === null) throw new AppError('VALIDATION_FAILED', `export: ${path} does not exist`);
  return info.isDirectory() ? folderFiles(path) : zipFiles(path, await readFile(path));
}

export async function importSlackExport(
  ctx: UseCaseContext,
  key: IncidentKey,
  files: SlackExportFiles,
  options: SlackImportOptions,
): Promise<ImportSummary & { channel: string }> {
  const channel = await channelOf(files, options.channel);
  const users = await usersOf(files);
  const summary = await importTimelineEvents(ctx, key, slackRows(files, channel, users, options), {
    origin: `slack #${channel.name}`,
    onProgress: options.onProgress,
  });
  return { ...summary, channel: channel.name };
}

async function* slackRows(
  files: SlackExportFiles,
  channel: SlackChannel,
  users: Map<string, SlackUser>,
  options: SlackImportOptions,
): AsyncGenerator<EventRow> {
  const days = (await files.list(channel.name))
    .filter((name) => DAY_FILE.test(name) && isDayInRange(name.slice(0, 10), options))
    .sort();
  for (const name of days) {
    const file = `${channel.name}/${name}`;
    const drafts = eventDraftsFromSlackDay(await readJson(files, file), {
      channel,
      users,
      file,
      from: options.from,
      to: options.to,
    });
    if ('problem' in drafts) throw new AppError('VALIDATION_FAILED', drafts.problem);
    // Slack sorts a day's messages, but replies can be written into a parent's day out of order.
    drafts.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const draft of drafts) yield { line: 0, draft };
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

async function channelOf(files: SlackExportFiles, name: string): Promise<SlackChannel> {
  const json = await readJson(files, 'channels.json');
  const channel = findSlackChannel(json, name);
  if (channel === null) {
    const names = slackChannelNames(json).slice(0, 20).join(', ');
    throw new AppError(
      'VALIDATION_FAILED',
      `channel: "${name}" is not in this export${names ? `; it has ${names}` : ''}`,
    );
  }
  if ('problem' in channel) throw new AppError('VALIDATION_FAILED', channel.problem);
  return channel;
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
  // Some tools zip the export inside a top folder: the folder holding channels.json is the root.
  const channels = entries.find((entry) => entry.name.endsWith('channels.json'));
  const root = channels ? channels.name.slice(0, -'channels.json'.length) : '';
  const byName = new Map(entries.map((entry) => [entry.name.slice(root.length), entry]));
  return {
    readText: async (name) => byName.get(name)?.read().toString('utf8') ?? null,
    list: async (dir) =>
      [...byName.keys()]
        .filter((name) => name.startsWith(`${dir}/`) && !name.slice(dir.length + 1).includes('/'))
        .map((name) => name.slice(dir.length + 1)),
  };
}
