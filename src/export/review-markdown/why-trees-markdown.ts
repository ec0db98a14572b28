/** @module The `## Why-trees` section: a `###` question per tree, its answers as nested lists, root causes marked. */
import type { WhyNode, WhyTree } from '../../domain/review/index.js';
import { type ListItem, parseListItems, type SourceLine } from './list-items.js';
import { itemLines, normalizeSingleLine, splitId } from './markdown-text.js';
import { assignIds, checkUniqueIds, type ReadContext, textOf } from './read-items.js';

const MARK = /^\*\*(?:(root cause)(?: \(([^()]+)\))?|\(([^()]+)\)):\*\*(?: |$)/;

export function whyTreesToMarkdown(trees: WhyTree[]): string {
  return trees
    .map((tree) => {
      const heading = `### ${normalizeSingleLine(tree.question)} {#${tree.id}}`;
      const answers = tree.answers.flatMap((node) => nodeLines(node, 0));
      return answers.length === 0 ? heading : `${heading}\n\n${answers.join('\n')}`;
    })
    .join('\n\n');
}

function nodeLines(node: WhyNode, depth: number): string[] {
  const indent = '  '.repeat(depth);
  const category = node.category === null ? '' : ` (${node.category})`;
  const mark = node.rootCause
    ? `**root cause${category}:** `
    : node.category === null
      ? ''
      : `**${category.trim()}:** `;
  return [
    ...itemLines(`${indent}- ${mark}`, node.text, `${indent}  `, node.id),
    ...node.children.flatMap((child) => nodeLines(child, depth + 1)),
  ];
}

export function whyTreesFromMarkdown(source: SourceLine[], context: ReadContext): WhyTree[] {
  const groups: { line: number; heading: string; body: SourceLine[] }[] = [];
  for (const line of source) {
    if (line.text.startsWith('### ')) {
      groups.push({ line: line.no, heading: line.text.slice(4), body: [] });
    } else if (groups.length > 0) {
      groups.at(-1)!.body.push(line);
    } else if (line.text.trim() !== '') {
      context.problems.push({
        line: line.no,
        message: 'expected a why-tree question heading such as "### Why did checkout fail?"',
      });
    }
  }
  const nodeLinesSeen: { id: string; line: number }[] = [];
  const read = groups.map((group) => {
    const { text, id } = splitId(group.heading);
    const { items, problems } = parseListItems(group.body);
    context.problems.push(...problems);
    return { line: group.line, id, question: text.trim(), answers: items.map(readNode) };
  });
  const treeIds = assignIds(
    read.map((tree) => tree.id),
    'wt',
  );
  const nodes = read.flatMap((tree) => flatten(tree.answers));
  const nodeIds = assignIds(
    nodes.map((node) => node.id),
    'w',
  );
  nodes.forEach((node, index) => {
    node.id = nodeIds[index]!;
    nodeLinesSeen.push({ id: node.id, line: node.line });
  });
  checkUniqueIds(
    read.map((tree, index) => ({ id: treeIds[index]!, line: tree.line })),
    'why-tree',
    context,
  );
  checkUniqueIds(nodeLinesSeen, 'why-tree answer', context);
  return read.map((tree, index) => ({
    id: treeIds[index]!,
    question: tree.question,
    answers: tree.answers.map(toWhyNode),
  }));
}

interface ReadNode {
  line: number;
  id: string | null;
  text: string;
  rootCause: boolean;
  category: string | null;
  children: ReadNode[];
}

function readNode(item: ListItem): ReadNode {
  const [first = '', ...rest] = item.lines;
  const mark = MARK.exec(first);
  const { text, id } = textOf([mark ? first.slice(mark[0].length) : first, ...rest], true);
  return {
    line: item.line,
    id,
    text,
    rootCause: mark?.[1] !== undefined,
    category: mark?.[2] ?? mark?.[3] ?? null,
    children: item.children.map(readNode),
  };
}

function flatten(nodes: ReadNode[]): ReadNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function toWhyNode(node: ReadNode): WhyNode {
  return {
    id: node.id!,
    text: node.text,
    rootCause: node.rootCause,
    category: node.category,
    children: node.children.map(toWhyNode),
  };
}
