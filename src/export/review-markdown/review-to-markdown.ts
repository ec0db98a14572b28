/** @module A review as one Markdown file (reviews-as-code): YAML front matter, then fixed `##` sections. */
import type { ReviewDocument } from '../review-document.js';
import { actionItemsToMarkdown } from './action-items-markdown.js';
import { factorsToMarkdown } from './factors-markdown.js';
import { followUpToMarkdown } from './follow-up-markdown.js';
import { frontMatterToYaml } from './front-matter.js';
import { impactToMarkdown } from './impact-markdown.js';
import { lessonsToMarkdown } from './lessons-markdown.js';
import { escapeBlockLine, normalizeMultiline, normalizeSingleLine } from './markdown-text.js';
import { meetingToMarkdown } from './meeting-markdown.js';
import { reviewersToMarkdown } from './reviewers-markdown.js';
import { timelineToMarkdown } from './timeline-markdown.js';
import { whyTreesToMarkdown } from './why-trees-markdown.js';

/** The `##` headings, in the order they are written; import expects these and no others. */
export const SECTION_HEADINGS = [
  'Summary',
  'Impact',
  'Timeline',
  'Why-trees',
  'Contributing factors',
  'Action items',
  'Lessons',
  'Meeting',
  'Reviewers',
  'Follow-up',
] as const;
export type SectionHeading = (typeof SECTION_HEADINGS)[number];

/** Sections left out when empty, so reviews without decisions or a follow-up read as before. */
const OPTIONAL_HEADINGS: readonly SectionHeading[] = ['Reviewers', 'Follow-up'];

/**
 * The review as Markdown. Texts are normalised (line endings, blank lines at either end, line
 * breaks in one-line values), so `reviewToMarkdown(import(reviewToMarkdown(doc)))` gives back the
 * same bytes.
 */
export function reviewToMarkdown(doc: ReviewDocument): string {
  const { incident, review, timeline } = doc;
  const zone = incident.timeZone;
  const bodies: Record<SectionHeading, string> = {
    Summary: normalizeMultiline(review.summary).split('\n').map(escapeBlockLine).join('\n'),
    Impact: impactToMarkdown(review.impact),
    Timeline: timelineToMarkdown(timeline, zone),
    'Why-trees': whyTreesToMarkdown(review.whyTrees),
    'Contributing factors': factorsToMarkdown(review.factors),
    'Action items': actionItemsToMarkdown(review.actionItems, zone),
    Lessons: lessonsToMarkdown(review.lessons),
    Meeting: meetingToMarkdown(review.meeting, zone),
    Reviewers: reviewersToMarkdown(review.reviewers, zone),
    'Follow-up': followUpToMarkdown(review.followUp, zone),
  };
  const frontMatter = frontMatterToYaml({
    incident,
    status: review.status,
    authors: review.authors,
  });
  const title = normalizeSingleLine(`${incident.key}: ${incident.title}`);
  return [
    `---\n${frontMatter}---\n`,
    `# ${title}\n`,
    ...SECTION_HEADINGS.filter(
      (heading) => bodies[heading] !== '' || !OPTIONAL_HEADINGS.includes(heading),
    ).map((heading) =>
      bodies[heading] === '' ? `## ${heading}\n` : `## ${heading}\n\n${bodies[heading]}\n`,
    ),
  ].join('\n');
}
