/** @module The sections of the HTML review, each a function from part of the document to escaped HTML. */
import { MILESTONE_NAMES, type Milestones } from '../../domain/milestones.js';
import {
  type ActionItem,
  type ContributingFactor,
  estimateCost,
  type ImpactInputs,
  type Lessons,
  type Meeting,
  type WhyNode,
  type WhyTree,
} from '../../domain/review/index.js';
import type { ReviewTimelineEntry } from '../review-document.js';
import { formatZonedTime } from '../zoned-time.js';
import { escapeHtml as e, linkHtml, paragraphsHtml } from './escape-html.js';

const MILESTONE_LABELS: Record<(typeof MILESTONE_NAMES)[number], string> = {
  impactStarted: 'Impact started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  customersNotified: 'Customers notified',
};

const NONE = '<p class="empty">None recorded.</p>';

export function milestonesHtml(milestones: Milestones, zone: string): string {
  const rows = MILESTONE_NAMES.map((name) => {
    const at = milestones[name];
    return `<tr><th>${MILESTONE_LABELS[name]}</th><td class="time">${at === null ? '<span class="empty">not set</span>' : e(formatZonedTime(at, zone))}</td></tr>`;
  });
  return `<table class="milestones">${rows.join('')}</table>`;
}

export function impactHtml(impact: ImpactInputs): string {
  const cost = estimateCost(impact);
  const figure = (value: number | null) => (value === null ? 'unknown' : e(String(value)));
  const rows: [string, string][] = [
    ['Users affected', figure(impact.usersAffected)],
    ['Customers affected', figure(impact.customersAffected)],
    [
      'Duration',
      impact.durationMinutes === null ? 'unknown' : `${figure(impact.durationMinutes)} min`,
    ],
    ['Share of revenue lost', `${e(String(Math.round(impact.impactFraction * 1000) / 10))}%`],
    ['Estimated cost', `<strong>${e(cost.total.toFixed(2))} ${e(cost.currency)}</strong>`],
  ];
  return [
    `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    `<p class="note">${e(cost.formula)}</p>`,
    paragraphsHtml(impact.notes),
  ].join('\n');
}

export function timelineHtml(entries: ReviewTimelineEntry[], zone: string): string {
  if (entries.length === 0) return NONE;
  const rows = entries.map(
    (entry) =>
      `<tr><td class="time">${e(formatZonedTime(entry.at, zone))}</td><td><span class="badge">${e(entry.kind)}</span></td><td>${entry.actor === null ? '' : `<strong>${e(entry.actor)}</strong> `}${e(entry.text).replace(/\n/g, '<br>')}</td></tr>`,
  );
  return `<table><thead><tr><th>Time</th><th>Kind</th><th>What happened</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function whyTreesHtml(trees: WhyTree[]): string {
  if (trees.length === 0) return NONE;
  const node = (n: WhyNode): string => {
    const mark = n.rootCause
      ? `<span class="root">Root cause${n.category === null ? '' : ` (${e(n.category)})`}:</span> `
      : '';
    const children = n.children.length === 0 ? '' : `<ul>${n.children.map(node).join('')}</ul>`;
    return `<li>${mark}${e(n.text).replace(/\n/g, '<br>')}${children}</li>`;
  };
  return trees
    .map((tree) => `<h3>${e(tree.question)}</h3><ul>${tree.answers.map(node).join('')}</ul>`)
    .join('\n');
}

export function factorsHtml(factors: ContributingFactor[], items: ActionItem[]): string {
  if (factors.length === 0) return NONE;
  const titleOf = (id: string) => items.find((item) => item.id === id)?.title ?? id;
  return `<ul>${factors
    .map((factor) => {
      const addressed = factor.actionItemIds.map((id) => e(titleOf(id))).join('; ');
      const risk =
        factor.acceptedRisk === null ? '' : `<br><em>Accepted risk:</em> ${e(factor.acceptedRisk)}`;
      return `<li><span class="badge">${e(factor.category)}</span>${e(factor.description)}${addressed === '' ? '' : `<br><em>Addressed by:</em> ${addressed}`}${risk}</li>`;
    })
    .join('')}</ul>`;
}

export function actionItemsHtml(items: ActionItem[], zone: string): string {
  if (items.length === 0) return NONE;
  return items
    .map((item) => {
      const rows: [string, string][] = [
        ['Owner', item.owner === null ? '<span class="empty">unassigned</span>' : e(item.owner)],
        ['Due', item.dueDate === null ? '<span class="empty">no date</span>' : e(item.dueDate)],
        ['Horizon', e(item.horizon)],
        ['Type', e(item.type)],
        ['Status', e(item.status.replace('_', ' '))],
        ['Impact / effort', `${item.impact} / ${item.effort}`],
        ['Success criteria', e(item.successCriteria)],
        ['Validation', e(item.validationMethod)],
      ];
      if (item.wontDoReason !== null) rows.push(["Won't do because", e(item.wontDoReason)]);
      if (item.verification !== null) {
        const v = item.verification;
        const link = v.link === null ? '' : ` (${linkHtml(v.link, 'evidence')})`;
        rows.push([
          'Verified',
          `${e(formatZonedTime(v.at, zone))} by ${e(v.by)}: ${e(v.what)}${link}`,
        ]);
      }
      if (item.trackerUrl !== null) rows.push(['Tracker', linkHtml(item.trackerUrl)]);
      const dl = rows.map(([k, v]) => `<dt>${k}</dt><dd>${v.replace(/\n/g, '<br>')}</dd>`).join('');
      return `<div class="item"><h3>${e(item.title)}</h3><dl>${dl}</dl></div>`;
    })
    .join('\n');
}

export function lessonsHtml(lessons: Lessons): string {
  const list = (heading: string, entries: string[]) =>
    `<h3>${heading}</h3>${entries.length === 0 ? NONE : `<ul>${entries.map((x) => `<li>${e(x).replace(/\n/g, '<br>')}</li>`).join('')}</ul>`}`;
  return [
    list('Went well', lessons.wentWell),
    list('Went wrong', lessons.wentWrong),
    list('Where we got lucky', lessons.gotLucky),
  ].join('\n');
}

export function meetingHtml(meeting: Meeting, zone: string): string {
  const when =
    meeting.at === null ? 'Not held yet.' : `Held ${e(formatZonedTime(meeting.at, zone))}.`;
  const who = meeting.attendees
    .map(({ name, team }) => `${e(name)}${team === '' ? '' : ` (${e(team)})`}`)
    .join(', ');
  return `<p>${when}${who === '' ? '' : ` Attended by ${who}.`}</p>`;
}
