/** @module Why-trees: a question, answers that branch, and each answer asked "why?" again, with pure edits by node id. */

/** A category from the workspace's list (`technical`, `process`, …). */
export type FactorCategory = string;

export interface WhyNode {
  id: string;
  text: string;
  rootCause: boolean;
  category: FactorCategory | null;
  /** The answers to "why?" asked of this node; siblings are separate branches. */
  children: WhyNode[];
}

export interface WhyTree {
  id: string;
  question: string;
  answers: WhyNode[];
}

/** A new unmarked answer. */
export function newWhyNode(id: string, text: string): WhyNode {
  return { id, text, rootCause: false, category: null, children: [] };
}

/** The node with `id`, or null. */
export function findWhyNode(tree: WhyTree, id: string): WhyNode | null {
  const search = (nodes: WhyNode[]): WhyNode | null => {
    for (const node of nodes) {
      if (node.id === id) return node;
      const found = search(node.children);
      if (found) return found;
    }
    return null;
  };
  return search(tree.answers);
}

/**
 * Answers "why?" for `parentId` (or the tree's question when it is null) with `node`.
 * Null when the parent does not exist or `node.id` is already taken.
 */
export function addWhyAnswer(
  tree: WhyTree,
  parentId: string | null,
  node: WhyNode,
): WhyTree | null {
  if (hasAnyId(tree, node)) return null;
  if (parentId === null) return { ...tree, answers: [...tree.answers, node] };
  return editNode(tree, parentId, (parent) => [
    { ...parent, children: [...parent.children, node] },
  ]);
}

/** Adds `node` as another branch beside `siblingId`. Null when the sibling is missing or the id taken. */
export function branchWhyNode(tree: WhyTree, siblingId: string, node: WhyNode): WhyTree | null {
  if (hasAnyId(tree, node)) return null;
  return editNode(tree, siblingId, (sibling) => [sibling, node]);
}

/** Marks (or unmarks, with `rootCause: false`) a node as a root cause of `category`. Null when missing. */
export function markRootCause(
  tree: WhyTree,
  nodeId: string,
  mark: { rootCause: boolean; category: FactorCategory | null },
): WhyTree | null {
  return editNode(tree, nodeId, (node) => [{ ...node, ...mark }]);
}

/** Replaces the text of a node. Null when missing. */
export function editWhyNodeText(tree: WhyTree, nodeId: string, text: string): WhyTree | null {
  return editNode(tree, nodeId, (node) => [{ ...node, text }]);
}

/** Removes a node and everything asked of it. Null when missing. */
export function removeWhyNode(tree: WhyTree, nodeId: string): WhyTree | null {
  return editNode(tree, nodeId, () => []);
}

/** Every node of the tree, parents before their children. */
export function listWhyNodes(tree: WhyTree): WhyNode[] {
  const all: WhyNode[] = [];
  const walk = (nodes: WhyNode[]) => {
    for (const node of nodes) {
      all.push(node);
      walk(node.children);
    }
  };
  walk(tree.answers);
  return all;
}

function hasAnyId(tree: WhyTree, node: WhyNode): boolean {
  const ids = new Set(listWhyNodes(tree).map((n) => n.id));
  return listWhyNodes({ id: '', question: '', answers: [node] }).some((n) => ids.has(n.id));
}

function editNode(
  tree: WhyTree,
  id: string,
  replace: (node: WhyNode) => WhyNode[],
): WhyTree | null {
  let found = false;
  const walk = (nodes: WhyNode[]): WhyNode[] =>
    nodes.flatMap((node) => {
      if (node.id === id) {
        found = true;
        return replace(node);
      }
      return [{ ...node, children: walk(node.children) }];
    });
  const answers = walk(tree.answers);
  return found ? { ...tree, answers } : null;
}
