/** @module The `## Contributing factors` section: `- **category:** description {#id}` with its links as fields. */
import type { TimelineEventId } from '../../domain/ids.js';
import type { ContributingFactor } from '../../domain/review/index.js';
import { parseListItems, type SourceLine } from './list-items.js';
import { isExportableId, itemLines } from './markdown-text.js';
import {
  assignIds,
  checkUniqueIds,
  clip,
  type Field,
  fieldsOf,
  fieldValue,
  type ReadContext,
  textOf,
} from './read-items.js';

const FIELDS = ['evidence', 'addressed by', 'why-tree answers', 'accepted risk'] as const;
const CATEGORY = /^\*\*([^*:\s][^*:]*):\*\*(?: |$)/;

export function factorsToMarkdown(factors: ContributingFactor[]): string {
  return factors
    .map((factor) => {
      const lines = itemLines(`- **${factor.category}:** `, factor.description, '  ', factor.id);
      const list = (key: string, ids: string[]) => {
        if (ids.length > 0) lines.push(`  - ${key}: ${ids.join(', ')}`);
      };
      list('evidence', factor.evidenceEventIds);
      list('addressed by', factor.actionItemIds);
      list('why-tree answers', factor.whyNodeIds);
      if (factor.acceptedRisk !== null) {
        lines.push(...itemLines('  - accepted risk: ', factor.acceptedRisk, '    '));
      }
      return lines.join('\n');
    })
    .join('\n\n');
}

export function factorsFromMarkdown(
  source: SourceLine[],
  context: ReadContext,
): (ContributingFactor & { line: number; referenceLines: [number, number] })[] {
  const { items, problems } = parseListItems(source);
  context.problems.push(...problems);
  const read = items.flatMap((item) => {
    const first = item.lines[0]!;
    const category = CATEGORY.exec(first);
    if (!category) {
      context.problems.push({
        line: item.line,
        message: `expected "- **process:** what allowed the incident", got "${clip(first)}"`,
      });
      return [];
    }
    const { text, id } = textOf([first.slice(category[0].length), ...item.lines.slice(1)], true);
    const fields = fieldsOf(item.children, FIELDS, context);
    const risk = fields.get('accepted risk');
    return [
      {
        line: item.line,
        referenceLines: [
          fields.get('addressed by')?.line ?? item.line,
          fields.get('why-tree answers')?.line ?? item.line,
        ] as [number, number],
        id,
        category: category[1]!.trim(),
        description: text,
        evidenceEventIds: idsOf(fields.get('evidence'), context) as TimelineEventId[],
        actionItemIds: idsOf(fields.get('addressed by'), context),
        acceptedRisk: risk === undefined ? null : textOf(risk.lines, false).text,
        whyNodeIds: idsOf(fields.get('why-tree answers'), context),
      },
    ];
  });
  const ids = assignIds(
    read.map((factor) => factor.id),
    'cf',
  );
  const factors = read.map((factor, index) => ({ ...factor, id: ids[index]! }));
  checkUniqueIds(factors, 'factor', context);
  return factors;
}

/** A comma-separated list of ids. */
export function idsOf(field: Field | undefined, context: ReadContext): string[] {
  const value = fieldValue(field);
  if (field === undefined || value === undefined || value === '') return [];
  const ids = value.split(',').map((id) => id.trim());
  for (const id of ids) {
    if (!isExportableId(id)) {
      context.problems.push({
        line: field.line,
        message: `"${clip(id)}" is not an id: use letters, digits, ".", "_", ":" or "-", separated by commas`,
      });
    }
  }
  return ids.filter(isExportableId);
}
