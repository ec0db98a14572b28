import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncidentKey, TimelineEventId } from '../../domain/ids.js';
import { INCIDENT_STATUSES, SEVERITIES } from '../../domain/incident.js';
import { type Instant, instantFromEpochMs } from '../../domain/instant.js';
import { MILESTONE_NAMES, type Milestones } from '../../domain/milestones.js';
import {
  ACTION_HORIZONS,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  type ActionItem,
  REVIEW_STATUSES,
  REVIEWER_DECISIONS,
  type Score,
  type WhyNode,
} from '../../domain/review/index.js';
import { MANUAL_EVENT_KINDS } from '../../domain/timeline-event.js';
import type { ReviewDocument } from '../review-document.js';
import { normalizeMultiline, normalizeSingleLine } from './markdown-text.js';
import { reviewFromMarkdown } from './review-from-markdown.js';
import { reviewToMarkdown } from './review-to-markdown.js';

/** Pieces that look like the format's own structure, so generated text collides with it often. */
const TRICKY = [
  '-',
  '- ',
  '*',
  '**',
  '#',
  '## Impact',
  '### Went well',
  '\\',
  '{#ai-1}',
  ' {#x}',
  '[',
  ']',
  '(',
  ')',
  ' by ',
  ' — ',
  ':',
  'owner: x',
  '**root cause:** ',
  '---',
  '<script>',
  '&amp;',
  '`',
  '_',
  '>',
  '|',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  'é',
  '🙂',
  '日本',
  'a',
  'Z',
];

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((parts) => parts.join('')),
);

/** Texts as a clean document has them, or raw when `raw` (the exporter normalises those). */
function texts(raw: boolean) {
  const multi = raw ? anyText : anyText.map(normalizeMultiline);
  const single = raw ? anyText : anyText.map(normalizeSingleLine);
  const optionalSingle = raw
    ? fc.option(anyText)
    : fc.option(single).map((value) => (value === '' ? null : value));
  return { multi, single, optionalSingle };
}

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,6}$/);
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) })
  .map((ms) => instantFromEpochMs(ms));
const category = fc.constantFrom('technical', 'process', 'human', 'tooling', 'org-design_2');
const number = fc.oneof(fc.nat(100_000), fc.double({ min: 0, max: 1e9, noNaN: true }));

type GeneratedNode = Omit<WhyNode, 'id' | 'children'> & { children: GeneratedNode[] };

function documentArbitrary(raw: boolean): fc.Arbitrary<ReviewDocument> {
  const { multi, single, optionalSingle } = texts(raw);
  const { node } = fc.letrec<{ node: GeneratedNode }>((tie) => ({
    node: fc.record({
      text: multi,
      rootCause: fc.boolean(),
      category: fc.option(category),
      children: fc.oneof(
        { depthSize: 'small' },
        fc.constant<GeneratedNode[]>([]),
        fc.array(tie('node'), { maxLength: 2 }),
      ),
    }),
  }));
  const milestones = fc
    .tuple(...MILESTONE_NAMES.map(() => fc.option(instant)))
    .map(
      (values) => Object.fromEntries(MILESTONE_NAMES.map((n, i) => [n, values[i]])) as Milestones,
    );
  const actionItem = fc.record({
    title: multi,
    owner: optionalSingle,
    dueDate: fc.option(instant.map((at) => at.slice(0, 10))),
    horizon: fc.constantFrom(...ACTION_HORIZONS),
    type: fc.constantFrom(...ACTION_ITEM_TYPES),
    impact: fc.integer({ min: 1, max: 5 }).map((n) => n as Score),
    effort: fc.integer({ min: 1, max: 5 }).map((n) => n as Score),
    successCriteria: multi,
    validationMethod: multi,
    status: fc.constantFrom(...ACTION_ITEM_STATUSES),
    wontDoReason: fc.option(multi),
    verification: fc.option(
      fc.record({ what: multi, at: instant, link: optionalSingle, by: single }),
    ),
    doneAt: fc.option(instant),
    trackerUrl: optionalSingle,
  });
  return fc
    .record({
      zone: fc.constantFrom(
        'UTC',
        'Europe/Paris',
        'America/New_York',
        'Asia/Kolkata',
        'Pacific/Chatham',
      ),
      key: fc.integer({ min: 1, max: 99999 }).map((n) => `INC-${n}` as IncidentKey),
      incidentText: fc.record({ title: anyText, customerImpact: anyText }),
      severity: fc.constantFrom(...SEVERITIES),
      incidentStatus: fc.constantFrom(...INCIDENT_STATUSES),
      services: fc.array(anyText, { maxLength: 3 }),
      tags: fc.array(anyText, { maxLength: 3 }),
      roles: fc.array(fc.record({ role: anyText, person: anyText }), { maxLength: 2 }),
      participants: fc.array(
        fc.oneof(fc.record({ name: anyText }), fc.record({ name: anyText, team: anyText })),
        { maxLength: 2 },
      ),
      milestones,
      status: fc.constantFrom(...REVIEW_STATUSES),
      authors: fc.array(anyText, { maxLength: 2 }),
      reviewers: fc.array(
        fc.record({
          name: single,
          decision: fc.constantFrom(...REVIEWER_DECISIONS),
          comment: multi,
          at: fc.option(instant),
        }),
        { maxLength: 3 },
      ),
      followUp: fc.option(
        fc.record({
          dueAt: instant,
          askedAt: fc.option(instant),
          items: fc.array(
            fc.record({
              title: multi,
              horizon: fc.constantFrom(...ACTION_HORIZONS),
              answer: fc.option(
                fc.record({
                  verified: fc.boolean(),
                  effective: fc.option(fc.boolean()),
                  note: multi,
                }),
              ),
            }),
            { maxLength: 3 },
          ),
          recurrence: fc.option(
            fc.oneof(
              fc.constant({ recurred: false, incidentKeys: [] as IncidentKey[] }),
              fc.record({
                recurred: fc.constant(true),
                incidentKeys: fc.array(
                  fc.integer({ min: 1, max: 99999 }).map((n) => `INC-${n}` as IncidentKey),
                  { maxLength: 3 },
                ),
              }),
            ),
          ),
          completion: fc.option(fc.record({ at: instant, by: fc.option(single) })),
        }),
      ),
      summary: multi,
      impact: fc.record({
        usersAffected: fc.option(fc.nat(1_000_000)),
        customersAffected: fc.option(fc.nat(1_000)),
        impactFraction: fc.double({ min: 0, max: 1, noNaN: true }),
        durationMinutes: fc.option(number),
        revenuePerHour: number,
        responderHours: number,
        hourlyRate: number,
        slaCredits: number,
        currency: fc.constantFrom('USD', 'EUR', 'JPY'),
        notes: multi,
      }),
      lessons: fc.record({
        wentWell: fc.array(multi, { maxLength: 2 }),
        wentWrong: fc.array(multi, { maxLength: 2 }),
        gotLucky: fc.array(multi, { maxLength: 2 }),
      }),
      trees: fc.array(fc.record({ question: single, answers: fc.array(node, { maxLength: 2 }) }), {
        maxLength: 2,
      }),
      factors: fc.array(
        fc.record({
          category,
          description: multi,
          evidence: fc.array(id, { maxLength: 2 }),
          acceptedRisk: fc.option(multi),
          pick: fc.array(fc.nat(), { maxLength: 2 }),
        }),
        { maxLength: 2 },
      ),
      actionItems: fc.array(actionItem, { maxLength: 3 }),
      meeting: fc.record({
        at: fc.option(instant),
        attendees: fc.array(fc.record({ name: single, team: single }), { maxLength: 2 }),
      }),
      timeline: fc.array(
        fc.record({
          at: instant,
          kind: fc.constantFrom(...MANUAL_EVENT_KINDS),
          actor: optionalSingle,
          text: multi,
        }),
        { maxLength: 3 },
      ),
    })
    .map((g) => {
      let counter = 0;
      const withIds = (n: GeneratedNode): WhyNode => ({
        ...n,
        id: `w${++counter}`,
        children: n.children.map(withIds),
      });
      const whyTrees = g.trees.map((tree, i) => ({
        id: `wt-${i}`,
        question: tree.question,
        answers: tree.answers.map(withIds),
      }));
      const actionItems: ActionItem[] = g.actionItems.map((item, i) => ({
        ...item,
        id: `ai.${i}`,
      }));
      const factors = g.factors.map((factor, i) => ({
        id: `cf:${i}`,
        category: factor.category,
        description: factor.description,
        evidenceEventIds: factor.evidence as TimelineEventId[],
        actionItemIds: pickIds(
          actionItems.map((item) => item.id),
          factor.pick,
        ),
        acceptedRisk: factor.acceptedRisk,
        whyNodeIds: pickIds(
          Array.from({ length: counter }, (_, n) => `w${n + 1}`),
          factor.pick,
        ),
      }));
      return {
        incident: {
          key: g.key,
          title: g.incidentText.title,
          severity: g.severity,
          status: g.incidentStatus,
          services: g.services,
          tags: g.tags,
          timeZone: g.zone,
          milestones: g.milestones,
          roles: g.roles,
          participants: g.participants,
          customerImpact: g.incidentText.customerImpact,
        },
        review: {
          status: g.status,
          authors: g.authors,
          reviewers: g.reviewers.map((reviewer) => ({
            ...reviewer,
            at: reviewer.at as Instant | null,
          })),
          followUp:
            g.followUp === null
              ? null
              : {
                  dueAt: g.followUp.dueAt,
                  askedAt: g.followUp.askedAt as Instant | null,
                  items: g.followUp.items.map((item, i) => ({ ...item, actionItemId: `ai.${i}` })),
                  recurrence: g.followUp.recurrence,
                  completedAt: (g.followUp.completion?.at ?? null) as Instant | null,
                  // An empty name reads back as nobody: the file has nothing to tell them apart.
                  completedBy:
                    g.followUp.completion?.by === undefined || g.followUp.completion.by === ''
                      ? null
                      : g.followUp.completion.by,
                },
          summary: g.summary,
          impact: g.impact,
          lessons: g.lessons,
          whyTrees,
          factors,
          actionItems,
          meeting: { at: g.meeting.at as Instant | null, attendees: g.meeting.attendees },
        },
        timeline: g.timeline.map((entry, i) => ({ ...entry, id: `ev-${i}` })),
      };
    });
}

function pickIds(ids: string[], picks: number[]): string[] {
  if (ids.length === 0) return [];
  return [...new Set(picks.map((pick) => ids[pick % ids.length]!))];
}

describe('review Markdown round trip', () => {
  it('exports, imports and exports again to the same bytes, whatever the text holds', () => {
    fc.assert(
      fc.property(documentArbitrary(true), (doc) => {
        const markdown = reviewToMarkdown(doc);
        const imported = reviewFromMarkdown(markdown);
        if ('problems' in imported) throw new Error(JSON.stringify(imported.problems));
        expect(reviewToMarkdown(imported.document)).toBe(markdown);
      }),
      { numRuns: 400 },
    );
  });

  it('imports exactly the document that was exported when its text is already normalised', () => {
    fc.assert(
      fc.property(documentArbitrary(false), (doc) => {
        const imported = reviewFromMarkdown(reviewToMarkdown(doc));
        expect(imported).toEqual({ document: doc });
      }),
      { numRuns: 400 },
    );
  });
});
