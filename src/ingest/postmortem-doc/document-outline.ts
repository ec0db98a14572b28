/** @module Splits a document's blocks into its title, front matter text and sections by heading. */
import type { DocBlock } from './doc-block.js';
import { leadingTimestamp } from './leading-timestamp.js';
import { otherSectionKey, type SectionKey, sectionKeyFromHeading } from './section-key.js';

/** The blocks under one heading; several parts may share a key ("What went well", "What went wrong"). */
export type SectionPart = {
  key: SectionKey | string;
  known: boolean;
  heading: string;
  level: number;
  line: number;
  blocks: DocBlock[];
};

export type DocumentOutline = {
  /** The first H1 that is no section name, else the first heading that is none. */
  title: string | null;
  /** Heading level of the title (1 for an H1). */
  titleLevel: number | null;
  /** Blocks before the first section (metadata lines, an untitled introduction). */
  preamble: DocBlock[];
  parts: SectionPart[];
};

/** A bare line such as "Timeline:" or a bold "Action items" stands in for a heading. */
const PSEUDO_LEVEL = 7;
const PSEUDO_MAX_CHARS = 48;

/** The outline of a document: which blocks belong to which section. */
export function outlineFromBlocks(blocks: DocBlock[]): DocumentOutline {
  const first = blocks[0];
  // A lower heading is the title only when the document opens with it; later it is a section.
  const titleBlock =
    blocks.find((b) => b.kind === 'heading' && b.level === 1 && !isSectionHeading(b)) ??
    (first?.kind === 'heading' && !isSectionHeading(first) && !isDateHeading(first.text)
      ? first
      : undefined);
  const preamble: DocBlock[] = [];
  const parts: SectionPart[] = [];
  let current: SectionPart | null = null;
  for (const block of blocks) {
    if (block === titleBlock) continue;
    const heading = headingOf(block);
    if (heading) {
      const known = sectionKeyFromHeading(heading.text);
      const other = known ? null : otherSectionKey(heading.text);
      const nested = current !== null && heading.level > current.level;
      if (
        known ||
        (!nested && other !== null && !isDateHeading(heading.text) && block.kind === 'heading')
      ) {
        current = {
          key: known ?? other!,
          known: known !== null,
          heading: heading.text,
          level: heading.level,
          line: block.line,
          blocks: [],
        };
        parts.push(current);
        continue;
      }
    }
    if (current) current.blocks.push(block);
    else preamble.push(block);
  }
  const titleLevel = titleBlock?.kind === 'heading' ? titleBlock.level : null;
  return { title: titleBlock?.text ?? null, titleLevel, preamble, parts };
}

/** The text of a section as lines: list items keep a `- ` marker, table rows their `|`. */
export function sectionText(blocks: DocBlock[]): string {
  return blocks.map((block) => (block.kind === 'item' ? `- ${block.text}` : block.text)).join('\n');
}

function headingOf(block: DocBlock): { text: string; level: number } | null {
  if (block.kind === 'heading') return { text: block.text, level: block.level };
  if (block.kind !== 'paragraph' || block.text.length > PSEUDO_MAX_CHARS) return null;
  const text = block.text.replace(/:\s*$/, '');
  return sectionKeyFromHeading(text) ? { text, level: PSEUDO_LEVEL } : null;
}

function isSectionHeading(block: DocBlock): boolean {
  return sectionKeyFromHeading(block.text) !== null;
}

function isDateHeading(text: string): boolean {
  const stamp = leadingTimestamp(text);
  return stamp !== null && (stamp.date !== null || stamp.time !== null);
}
