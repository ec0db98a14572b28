import { describe, expect, it } from 'vitest';
import { buildWhyNode } from './test-builders.js';
import {
  addWhyAnswer,
  branchWhyNode,
  editWhyNodeText,
  findWhyNode,
  listWhyNodes,
  markRootCause,
  newWhyNode,
  removeWhyNode,
  type WhyTree,
} from './why-tree.js';

const tree: WhyTree = {
  id: 't',
  question: 'Why did search return nothing?',
  answers: [
    buildWhyNode({
      id: 'a',
      text: 'The index was empty',
      children: [buildWhyNode({ id: 'b', text: 'The rebuild job deleted it first' })],
    }),
  ],
};

const ids = (t: WhyTree | null) => (t ? listWhyNodes(t).map((n) => n.id) : null);

describe('why-tree edits', () => {
  it('adds a top-level answer to the question', () => {
    expect(ids(addWhyAnswer(tree, null, newWhyNode('c', 'Cache served stale results')))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('adds an answer to "why?" asked of a node', () => {
    const result = addWhyAnswer(tree, 'b', newWhyNode('c', 'The job has no dry-run mode'));
    expect(result?.answers[0]?.children[0]?.children.map((n) => n.id)).toEqual(['c']);
  });

  it('adds a branch beside a node', () => {
    const result = branchWhyNode(
      tree,
      'b',
      newWhyNode('c', 'Nobody was paged when the index shrank'),
    );
    expect(result?.answers[0]?.children.map((n) => n.id)).toEqual(['b', 'c']);
  });

  it('marks a node as a root cause with its category', () => {
    const result = markRootCause(tree, 'b', { rootCause: true, category: 'tooling' });
    expect(result && findWhyNode(result, 'b')).toMatchObject({
      rootCause: true,
      category: 'tooling',
    });
  });

  it('edits the text of a node', () => {
    const result = editWhyNodeText(tree, 'a', 'The index held no documents');
    expect(result && findWhyNode(result, 'a')?.text).toBe('The index held no documents');
  });

  it('removes a node with everything asked of it', () => {
    expect(ids(removeWhyNode(tree, 'a'))).toEqual([]);
  });

  it('leaves the original tree untouched', () => {
    markRootCause(tree, 'b', { rootCause: true, category: 'process' });
    expect(findWhyNode(tree, 'b')?.rootCause).toBe(false);
  });

  it.each([
    ['adding under a missing parent', () => addWhyAnswer(tree, 'zz', newWhyNode('c', 'x'))],
    ['adding a node whose id is taken', () => addWhyAnswer(tree, null, newWhyNode('b', 'x'))],
    ['branching beside a missing node', () => branchWhyNode(tree, 'zz', newWhyNode('c', 'x'))],
    [
      'marking a missing node',
      () => markRootCause(tree, 'zz', { rootCause: true, category: null }),
    ],
    ['removing a missing node', () => removeWhyNode(tree, 'zz')],
  ])('returns null when %s', (_case, edit) => {
    expect(edit()).toBeNull();
  });
});
