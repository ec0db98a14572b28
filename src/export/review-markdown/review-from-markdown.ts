/** @module Reads a review Markdown file back into a review document, or says on which lines it is wrong. */
import type { WhyNode } from '../../domain/review/index.js';
import type { ReviewDocument } from '../review-document.js';
import { actionItemsFromMarkdown } from './action-items-markdown.js';
import { factorsFromMarkdown } from './factors-markdown.js';
import { followUpFromMarkdown } from './follow-up-markdown.js';
import { frontMatterFromYaml } from './front-matter.js';
import { impactFromMarkdown } from './impact-markdown.js';
import { lessonsFromMarkdown } from './lessons-markdown.js';
import type { ImportProblem, SourceLine } from './list-items.js';
import { normalizeMultiline, unescapeBlockLine } from './markdown-text.js';
import { meetingFromMarkdown } from './meeting-markdown.js';
import type { ReadContext } from './read-items.js';
import { SECTION_HEADINGS, type SectionHeading } from './review-to-markdown.js';
import { reviewersFromMarkdown } from './reviewers-markdown.js';
import { timelineFromMarkdown } from './timeline-markdown.js';
import { whyTreesFromMarkdown } from './why-trees-markdown.js';

export type ReviewImport = { document: ReviewDocument } | { problems: ImportProblem[] };

/**
 * The review document a Markdown file describes. Items written without a `{#id}` get new ids
 * (`ai-3`, `w-7`, …); every problem is reported with its 1-based line number.
 */
export function reviewFromMarkdown(text: string): ReviewImport {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '---') {
    return { problems: [{ line: 1, message: 'expected YAML front matter starting with "---"' }] };
  }
  const close = lines.indexOf('---', 1);
  if (close === -1) {
    return { problems: [{ line: 1, message: 'the front matter is not closed by a "---" line' }] };
  }
  const front = frontMatterFromYaml(`${lines.slice(1, close).join('\n')}\n`, 2);
  const problems: ImportProblem[] = 'problems' in front ? [...front.problems] : [];
  const context: ReadContext = {
    zone: 'problems' in front ? 'UTC' : front.incident.timeZone,
    problems,
  };
  const sections = splitSections(lines, close + 1, problems);
  const section = (heading: SectionHeading) => sections.get(heading) ?? [];
  const summary = normalizeMultiline(
    section('Summary')
      .map((line) => unescapeBlockLine(line.text))
      .join('\n'),
  );
  const impact = impactFromMarkdown(section('Impact'), context);
  const timeline = timelineFromMarkdown(section('Timeline'), context);
  const whyTrees = whyTreesFromMarkdown(section('Why-trees'), context);
  const factors = factorsFromMarkdown(section('Contributing factors'), context);
  const actionItems = actionItemsFromMarkdown(section('Action items'), context);
  const lessons = lessonsFromMarkdown(section('Lessons'), context);
  const meeting = meetingFromMarkdown(section('Meeting'), context);
  const reviewers = reviewersFromMarkdown(section('Reviewers'), context);
  const followUp = followUpFromMarkdown(section('Follow-up'), context);
  const actionIds = new Set(actionItems.map((item) => item.id));
  const nodeIds = new Set(whyTrees.flatMap((tree) => collectIds(tree.answers)));
  for (const factor of factors) {
    for (const id of factor.actionItemIds.filter((id) => !actionIds.has(id))) {
      problems.push({
        line: factor.referenceLines[0],
        message: `addressed by: no action item has the id "${id}"`,
      });
    }
    for (const id of factor.whyNodeIds.filter((id) => !nodeIds.has(id))) {
      problems.push({
        line: factor.referenceLines[1],
        message: `why-tree answers: no why-tree answer has the id "${id}"`,
      });
    }
  }
  if (problems.length > 0 || 'problems' in front) {
    return { problems: problems.sort((a, b) => a.line - b.line) };
  }
  return {
    document: {
      incident: front.incident,
      review: {
        status: front.status,
        authors: front.authors,
        reviewers,
        followUp,
        summary,
        impact,
        lessons,
        whyTrees,
        factors: factors.map(({ line: _line, referenceLines: _lines, ...factor }) => factor),
        actionItems,
        meeting,
      },
      timeline,
    },
  };
}

function splitSections(
  lines: string[],
  from: number,
  problems: ImportProblem[],
): Map<SectionHeading, SourceLine[]> {
  const sections = new Map<SectionHeading, SourceLine[]>();
  let current: SourceLine[] | null = null;
  for (let index = from; index < lines.length; index++) {
    const text = lines[index]!;
    const no = index + 1;
    if (text.startsWith('## ')) {
      const name = text.slice(3).trim();
      const heading = SECTION_HEADINGS.find((known) => known.toLowerCase() === name.toLowerCase());
      if (!heading) {
        problems.push({
          line: no,
          message: `unknown section "${name}": use ${SECTION_HEADINGS.map((h) => `"## ${h}"`).join(', ')}`,
        });
        current = null;
      } else if (sections.has(heading)) {
        problems.push({ line: no, message: `"## ${heading}" appears twice` });
        current = null;
      } else {
        current = [];
        sections.set(heading, current);
      }
    } else if (current !== null) {
      current.push({ no, text });
    }
  }
  return sections;
}

function collectIds(nodes: WhyNode[]): string[] {
  return nodes.flatMap((node) => [node.id, ...collectIds(node.children)]);
}
