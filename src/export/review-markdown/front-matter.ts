/** @module The YAML front matter of the review Markdown: the incident's facts, its milestones and the review's status and authors. */
import { LineCounter, parseDocument, stringify } from 'yaml';
import { isIncidentKey } from '../../domain/ids.js';
import { INCIDENT_STATUSES, SEVERITIES } from '../../domain/incident.js';
import {
  type Instant,
  instantFromIso,
  isInstantProblem,
  isTimeZone,
} from '../../domain/instant.js';
import { MILESTONE_NAMES, type Milestones } from '../../domain/milestones.js';
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/review/index.js';
import type { ReviewIncident } from '../review-document.js';
import type { ImportProblem } from './list-items.js';

/** Names the format so a later version can still read files written today. */
export const FORMAT = 'hindsight-review/1';

export interface FrontMatter {
  incident: ReviewIncident;
  status: ReviewStatus;
  authors: string[];
}

export function frontMatterToYaml({ incident, status, authors }: FrontMatter): string {
  const { key, title, severity, timeZone, services, tags, customerImpact, roles } = incident;
  return stringify(
    {
      format: FORMAT,
      incident: {
        key,
        title,
        severity,
        status: incident.status,
        timeZone,
        services,
        tags,
        customerImpact,
        roles: roles.map(({ role, person }) => ({ role, person })),
        participants: incident.participants.map(({ name, team }) =>
          team === undefined ? { name } : { name, team },
        ),
      },
      milestones: Object.fromEntries(
        MILESTONE_NAMES.map((name) => [name, incident.milestones[name]]),
      ),
      review: { status, authors },
    },
    // JSON-style quoting: block scalars and folded quoted scalars lose whitespace-only lines.
    { lineWidth: 0, blockQuote: false, doubleQuotedAsJSON: true },
  );
}

/** Reads the front matter whose text starts on line `firstLine` of the file. */
export function frontMatterFromYaml(
  text: string,
  firstLine: number,
): FrontMatter | { problems: ImportProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        line: lineOf(error.pos[0]),
        message: `front matter: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const problems: ImportProblem[] = [];
  const at = (path: string[]) => {
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return lineOf(node?.range?.[0] ?? 0);
  };
  const problem = (path: string[], message: string) =>
    problems.push({ line: at(path), message: `${path.join('.')}: ${message}` });
  const data = asRecord(document.toJS());
  const text_ = (path: string[], optional = false): string => {
    const value = valueAt(data, path);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (!(optional && (value === undefined || value === null))) problem(path, 'must be text');
    return '';
  };
  const oneOf = <T extends string>(path: string[], allowed: readonly T[]): T => {
    const value = text_(path);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problem(path, `must be one of ${allowed.join(', ')}, got "${value}"`);
    return allowed[0]!;
  };
  const texts = (path: string[]): string[] => {
    const value = valueAt(data, path);
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
    problem(path, 'must be a list of text');
    return [];
  };
  const records = (path: string[]): Record<string, unknown>[] => {
    const value = valueAt(data, path);
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.map(asRecord);
    problem(path, 'must be a list');
    return [];
  };
  if (data.format !== FORMAT) problem(['format'], `must be ${FORMAT}`);
  const key = text_(['incident', 'key']);
  if (!isIncidentKey(key))
    problem(['incident', 'key'], `must be a key such as INC-42, got "${key}"`);
  const timeZone = text_(['incident', 'timeZone']);
  if (!isTimeZone(timeZone))
    problem(['incident', 'timeZone'], `"${timeZone}" is not a known IANA zone`);
  const milestones = {} as Record<string, Instant | null>;
  const written = asRecord(valueAt(data, ['milestones']));
  for (const name of Object.keys(written)) {
    if (!(MILESTONE_NAMES as readonly string[]).includes(name)) {
      problem(['milestones', name], `unknown milestone; use ${MILESTONE_NAMES.join(', ')}`);
    }
  }
  for (const name of MILESTONE_NAMES) {
    const value = written[name];
    milestones[name] = null;
    if (value === undefined || value === null) continue;
    const parsed = instantFromIso(String(value));
    if (isInstantProblem(parsed)) problem(['milestones', name], parsed.problem);
    else milestones[name] = parsed;
  }
  const incident: ReviewIncident = {
    key: key as ReviewIncident['key'],
    title: text_(['incident', 'title']),
    severity: oneOf(['incident', 'severity'], SEVERITIES),
    status: oneOf(['incident', 'status'], INCIDENT_STATUSES),
    timeZone,
    services: texts(['incident', 'services']),
    tags: texts(['incident', 'tags']),
    customerImpact: text_(['incident', 'customerImpact'], true),
    roles: records(['incident', 'roles']).map((_, i) => ({
      role: text_(['incident', 'roles', String(i), 'role']),
      person: text_(['incident', 'roles', String(i), 'person']),
    })),
    participants: records(['incident', 'participants']).map((record, i) => {
      const name = text_(['incident', 'participants', String(i), 'name']);
      if (record.team === undefined) return { name };
      return { name, team: text_(['incident', 'participants', String(i), 'team']) };
    }),
    milestones: milestones as Milestones,
  };
  const status = oneOf(['review', 'status'], REVIEW_STATUSES);
  const authors = texts(['review', 'authors']);
  return problems.length > 0 ? { problems } : { incident, status, authors };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function valueAt(data: unknown, path: string[]): unknown {
  let current: unknown = data;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}
