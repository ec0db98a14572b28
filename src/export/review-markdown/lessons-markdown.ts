/** @module The `## Lessons` section: went well, went wrong and where we got lucky, each a `###` list. */
import type { Lessons } from '../../domain/review/index.js';
import { parseListItems, type SourceLine } from './list-items.js';
import { itemLines } from './markdown-text.js';
import { type ReadContext, textOf } from './read-items.js';

const HEADINGS: [heading: string, key: keyof Lessons][] = [
  ['Went well', 'wentWell'],
  ['Went wrong', 'wentWrong'],
  ['Where we got lucky', 'gotLucky'],
];

export function lessonsToMarkdown(lessons: Lessons): string {
  return HEADINGS.map(([heading, key]) => {
    const items = lessons[key].flatMap((lesson) => itemLines('- ', lesson, '  '));
    return items.length === 0 ? `### ${heading}` : `### ${heading}\n\n${items.join('\n')}`;
  }).join('\n\n');
}

export function lessonsFromMarkdown(source: SourceLine[], context: ReadContext): Lessons {
  const lessons: Lessons = { wentWell: [], wentWrong: [], gotLucky: [] };
  let key: keyof Lessons | null = null;
  const seen = new Set<keyof Lessons>();
  let body: SourceLine[] = [];
  const flush = () => {
    const { items, problems } = parseListItems(body);
    context.problems.push(...problems);
    if (key !== null) lessons[key].push(...items.map((item) => textOf(item.lines, false).text));
    body = [];
  };
  for (const line of source) {
    if (!line.text.startsWith('### ')) {
      if (key !== null) body.push(line);
      else if (line.text.trim() !== '') {
        context.problems.push({
          line: line.no,
          message: 'expected "### Went well", "### Went wrong" or "### Where we got lucky" first',
        });
      }
      continue;
    }
    flush();
    const heading = line.text.slice(4).trim();
    const found = HEADINGS.find(([known]) => known.toLowerCase() === heading.toLowerCase());
    key = found?.[1] ?? null;
    if (!found) {
      context.problems.push({
        line: line.no,
        message: `unknown lessons heading "${heading}": use ${HEADINGS.map(([h]) => `"### ${h}"`).join(', ')}`,
      });
    } else if (seen.has(found[1])) {
      context.problems.push({ line: line.no, message: `"### ${found[0]}" appears twice` });
    }
    if (found) seen.add(found[1]);
  }
  flush();
  return lessons;
}
