import { describe, expect, it } from 'vitest';
import { buildFactor, buildWhyNode } from './test-builders.js';
import type { WhyNode, WhyTree } from './why-tree.js';
import { checkWhyTrees, type WhyTreeCheckContext } from './why-tree-checks.js';

function treeOf(...answers: WhyNode[]): WhyTree {
  return { id: 't', question: 'Why did exports time out?', answers };
}

/** A chain of nodes, each the only answer to the one before; the last gets `leaf`. */
function chain(texts: string[], leaf: Partial<WhyNode> = {}): WhyNode {
  const [first, ...rest] = texts;
  const node = buildWhyNode({ id: `n${texts.length}`, text: first! });
  return rest.length === 0 ? { ...node, ...leaf } : { ...node, children: [chain(rest, leaf)] };
}

const context: WhyTreeCheckContext = { participants: ['Ana Silva', 'Will Grant'], factors: [] };
const rules = (trees: WhyTree[], ctx = context) => checkWhyTrees(trees, ctx).map((f) => f.rule);

describe('checkWhyTrees', () => {
  it.each<[string, WhyNode]>([
    [
      'one why ending at a categorised technical cause',
      chain(['The database ran out of connections'], { category: 'technical' }),
    ],
    [
      'two whys ending at a bug in the wording',
      chain(['Exports time out', 'A query scans the whole orders table']),
    ],
  ])('reports a branch that stops at the immediate technical cause: %s', (_case, node) => {
    expect(rules([treeOf(node)])).toContain('why-stops-at-technical-cause');
  });

  it('accepts a technical leaf three whys deep', () => {
    const node = chain([
      'Exports time out',
      'A query scans the orders table',
      'The index was dropped by a migration',
    ]);
    expect(rules([treeOf(node)])).not.toContain('why-stops-at-technical-cause');
  });

  it('accepts a short branch that reaches a systemic cause', () => {
    const node = chain(['Exports time out', 'Migrations are not reviewed for index changes']);
    expect(rules([treeOf(node)])).not.toContain('why-stops-at-technical-cause');
  });

  it('accepts a short branch categorised as process whatever its wording', () => {
    const node = chain(['Exports time out', 'The migration dropped an index'], {
      category: 'process',
    });
    expect(rules([treeOf(node)])).not.toContain('why-stops-at-technical-cause');
  });

  it('locates the finding on the leaf of the branch', () => {
    const [finding] = checkWhyTrees(
      [treeOf(chain(['Pods crashed', 'Memory leak in the parser']))],
      context,
    );
    expect(finding?.where).toEqual({ path: 'whyTrees.0.answers.0.children.0' });
  });

  it.each([
    ['the full name in any case', 'ana silva ran the wrong script'],
    ['a capitalised first name', 'Ana ran the script against production'],
  ])('reports a leaf that names a participant by %s', (_case, text) => {
    expect(
      rules([treeOf(chain(['Data was deleted', 'The script ran on production', text]))]),
    ).toContain('why-ends-at-person');
  });

  it('does not read a first name written in lower case as a person', () => {
    const node = chain([
      'Data was deleted',
      'The script ran on production',
      'Any script will reach production by default',
    ]);
    expect(rules([treeOf(node)])).not.toContain('why-ends-at-person');
  });

  it('does not report a person named in the middle of a branch', () => {
    const node = chain([
      'Data was deleted',
      'Ana ran the script',
      'The runbook pointed at production by default',
    ]);
    expect(rules([treeOf(node)])).not.toContain('why-ends-at-person');
  });

  it('reports a root cause no contributing factor refers to', () => {
    const node = chain(['A', 'B', 'Release checklist has no owner'], {
      rootCause: true,
      category: 'process',
    });
    expect(rules([treeOf(node)])).toEqual(['why-root-cause-without-factor']);
  });

  it('accepts a root cause a factor refers to', () => {
    const node = chain(['A', 'B', 'Release checklist has no owner'], {
      rootCause: true,
      category: 'process',
    });
    expect(
      rules([treeOf(node)], { ...context, factors: [buildFactor({ whyNodeIds: ['n1'] })] }),
    ).toEqual([]);
  });

  it('reports a root cause without a category', () => {
    const node = chain(['A', 'B', 'Release checklist has no owner'], { rootCause: true });
    expect(
      rules([treeOf(node)], { ...context, factors: [buildFactor({ whyNodeIds: ['n1'] })] }),
    ).toEqual(['why-root-cause-without-category']);
  });

  it('reports a root cause that has answers below it', () => {
    const node: WhyNode = { ...chain(['A', 'B', 'C']), rootCause: true, category: 'process' };
    expect(
      rules([treeOf(node)], { ...context, factors: [buildFactor({ whyNodeIds: ['n3'] })] }),
    ).toEqual(['why-root-cause-not-leaf']);
  });

  it('reports a tree with no answers', () => {
    expect(rules([treeOf()])).toEqual(['why-tree-empty']);
  });

  it('checks every branch of a tree separately', () => {
    const node: WhyNode = {
      ...buildWhyNode({ id: 'root', text: 'Exports time out' }),
      children: [
        buildWhyNode({ id: 'x', text: 'A cache node crashed' }),
        buildWhyNode({ id: 'y', text: 'Capacity planning ignores month-end peaks' }),
      ],
    };
    expect(checkWhyTrees([treeOf(node)], context).map((f) => f.where?.path)).toEqual([
      'whyTrees.0.answers.0.children.0',
    ]);
  });
});
