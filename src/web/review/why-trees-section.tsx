/** @module The why-tree editor: questions, answers that branch, "why?" asked again of any answer, root causes with their category. */
import { useState } from 'react';
import {
  addWhyAnswer,
  branchWhyNode,
  type WhyTree as DomainWhyTree,
  editWhyNodeText,
  markRootCause,
  newWhyNode,
  removeWhyNode,
} from '../../shared/review-vocabulary.js';
import { FACTOR_CATEGORIES, SYSTEMIC_FACTOR_CATEGORIES } from '../client/index.js';
import type { WhyNode, WhyTree } from '../client/types.js';
import { newPartId } from '../lib/new-part-id.js';
import { useDraft } from '../lib/use-draft.js';
import type { EditorProps } from './editor-props.js';
import { LintedText } from './linted-text.js';
import { ReviewSection } from './review-section.js';
import { patchReview } from './use-review-save.js';

type TreeEdit = (tree: DomainWhyTree) => DomainWhyTree | null;

/** Saves one edit of one tree, applied to the trees as last read (so a re-apply lands on theirs). */
function editTree(props: EditorProps, treeId: string, edit: TreeEdit) {
  return props.save(
    patchReview((review) => ({
      whyTrees: review.whyTrees.map((tree) => (tree.id === treeId ? (edit(tree) ?? tree) : tree)),
    })),
  );
}

function AnswerInput({
  id,
  label,
  onAdd,
  onCancel,
}: {
  id: string;
  label: string;
  onAdd: (text: string) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [text, setText] = useState('');
  const add = async () => {
    if (text.trim() !== '' && (await onAdd(text.trim()))) setText('');
  };
  return (
    <div className="add-row">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        value={text}
        placeholder={label}
        // biome-ignore lint/a11y/noAutofocus: opened by the person's own click on "Ask why" or "Branch".
        autoFocus={onCancel !== undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
          if (event.key === 'Escape') onCancel?.();
        }}
      />
      <button type="button" className="button small" onClick={() => void add()}>
        Add
      </button>
      {onCancel && (
        <button type="button" className="button subtle small" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

function WhyNodeItem({
  node,
  treeId,
  depth,
  props,
}: {
  node: WhyNode;
  treeId: string;
  depth: number;
  props: EditorProps;
}) {
  const [text, setText, dirty] = useDraft(node.text);
  const [adding, setAdding] = useState<'child' | 'sibling' | null>(null);
  const edit = (change: TreeEdit) => editTree(props, treeId, change);
  const path = findPath(props.detail.review.whyTrees, node.id);
  const short = node.text.length > 40 ? `${node.text.slice(0, 40)}…` : node.text;
  return (
    <li className={`why-node${node.rootCause ? ' root-cause' : ''}`}>
      <div className="why-node-main">
        <span className="why-depth" aria-hidden="true">
          {depth}
        </span>
        <LintedText
          id={`why-node-${node.id}`}
          label={`Why ${depth}: answer`}
          hideLabel
          value={text}
          onChange={setText}
          onCommit={() => {
            if (dirty && text.trim() !== '')
              void edit((tree) => editWhyNodeText(tree, node.id, text));
          }}
          participants={props.participants}
          saved={path ? props.lintAt(`${path}.text`) : []}
        />
      </div>
      <div className="why-node-tools">
        <label className="checkbox">
          <input
            type="checkbox"
            aria-label={`Root cause: ${short}`}
            checked={node.rootCause}
            onChange={(event) => {
              // Read now: the edit runs after earlier saves, when React has reset the control.
              const rootCause = event.target.checked;
              void edit((tree) =>
                markRootCause(tree, node.id, { rootCause, category: node.category }),
              );
            }}
          />
          Root cause
        </label>
        <label className="inline-field">
          <span>Category</span>
          <select
            id={`why-node-${node.id}-category`}
            value={node.category ?? ''}
            aria-label={`Category of: ${short}`}
            onChange={(event) => {
              const category = event.target.value || null;
              const rootCause = node.rootCause || category !== null;
              void edit((tree) => markRootCause(tree, node.id, { rootCause, category }));
            }}
          >
            <option value="">None</option>
            {FACTOR_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {category}
                {SYSTEMIC_FACTOR_CATEGORIES.includes(category) ? ' (systemic)' : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button subtle small"
          aria-label={`Ask why again: ${short}`}
          onClick={() => setAdding('child')}
        >
          Ask why
        </button>
        <button
          type="button"
          className="button subtle small"
          aria-label={`Add another answer beside: ${short}`}
          onClick={() => setAdding('sibling')}
        >
          Branch
        </button>
        <button
          type="button"
          className="button subtle small"
          aria-label={`Remove answer: ${short}`}
          onClick={() => void edit((tree) => removeWhyNode(tree, node.id))}
        >
          Remove
        </button>
      </div>
      {adding === 'sibling' && (
        <AnswerInput
          id={`why-node-${node.id}-sibling`}
          label="Another answer to the same why"
          onCancel={() => setAdding(null)}
          onAdd={async (answer) => {
            const ok = await edit((tree) =>
              branchWhyNode(tree, node.id, newWhyNode(newPartId(), answer)),
            );
            if (ok) setAdding(null);
            return ok;
          }}
        />
      )}
      {(node.children.length > 0 || adding === 'child') && (
        <ul className="why-children">
          {node.children.map((child) => (
            <WhyNodeItem
              key={child.id}
              node={child}
              treeId={treeId}
              depth={depth + 1}
              props={props}
            />
          ))}
          {adding === 'child' && (
            <li>
              <AnswerInput
                id={`why-node-${node.id}-child`}
                label={`Why? (level ${depth + 1})`}
                onCancel={() => setAdding(null)}
                onAdd={async (answer) => {
                  const ok = await edit((tree) =>
                    addWhyAnswer(tree, node.id, newWhyNode(newPartId(), answer)),
                  );
                  if (ok) setAdding(null);
                  return ok;
                }}
              />
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/** `whyTrees.0.answers.1.children.0` for the node with `id`, or null. */
function findPath(trees: WhyTree[], id: string): string | null {
  const search = (nodes: WhyNode[], prefix: string): string | null => {
    for (const [i, node] of nodes.entries()) {
      if (node.id === id) return `${prefix}.${i}`;
      const below = search(node.children, `${prefix}.${i}.children`);
      if (below) return below;
    }
    return null;
  };
  for (const [t, tree] of trees.entries()) {
    const found = search(tree.answers, `whyTrees.${t}.answers`);
    if (found) return found;
  }
  return null;
}

function WhyTreeCard({ tree, index, props }: { tree: WhyTree; index: number; props: EditorProps }) {
  const [question, setQuestion, dirty] = useDraft(tree.question);
  return (
    <li className="why-tree">
      <div className="why-question">
        <LintedText
          id={`why-tree-${tree.id}-question`}
          label={`Question ${index + 1}`}
          value={question}
          onChange={setQuestion}
          onCommit={() => {
            if (dirty && question.trim() !== '')
              void editTree(props, tree.id, (t) => ({ ...t, question }));
          }}
          participants={props.participants}
          saved={props.lintAt(`whyTrees.${index}.question`)}
        />
        <button
          type="button"
          className="button subtle small"
          aria-label={`Remove the why-tree: ${tree.question}`}
          onClick={() =>
            void props.save(
              patchReview((review) => ({
                whyTrees: review.whyTrees.filter((t) => t.id !== tree.id),
              })),
            )
          }
        >
          Remove tree
        </button>
      </div>
      {tree.answers.length > 0 && (
        <ul className="why-children top">
          {tree.answers.map((node) => (
            <WhyNodeItem key={node.id} node={node} treeId={tree.id} depth={1} props={props} />
          ))}
        </ul>
      )}
      <AnswerInput
        id={`why-tree-${tree.id}-answer`}
        label={tree.answers.length ? 'Another answer to this question' : 'Answer this question'}
        onAdd={(answer) =>
          editTree(props, tree.id, (t) => addWhyAnswer(t, null, newWhyNode(newPartId(), answer)))
        }
      />
    </li>
  );
}

export function WhyTreesSection(props: EditorProps) {
  const trees = props.detail.review.whyTrees;
  const [question, setQuestion] = useState('');
  const addTree = async () => {
    if (question.trim() === '') return;
    const ok = await props.save(
      patchReview((review) => ({
        whyTrees: [...review.whyTrees, { id: newPartId(), question: question.trim(), answers: [] }],
      })),
    );
    if (ok) setQuestion('');
  };
  return (
    <ReviewSection
      id="section-why-trees"
      title="Why-trees"
      hint="Answer each question, then ask why again of every answer until it is about how the organisation works. Mark the deepest answer a root cause and give it a category; at least one must be process, organizational or tooling."
    >
      {trees.length === 0 && (
        <p className="empty-inline">
          No why-trees yet. Start with the question customers would ask.
        </p>
      )}
      <ol className="why-trees">
        {trees.map((tree, index) => (
          <WhyTreeCard key={tree.id} tree={tree} index={index} props={props} />
        ))}
      </ol>
      <div className="add-row">
        <label className="visually-hidden" htmlFor="why-tree-new">
          New why-tree question
        </label>
        <input
          id="why-tree-new"
          value={question}
          placeholder="Why did … ?"
          onChange={(event) => setQuestion(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void addTree();
            }
          }}
        />
        <button type="button" className="button small" onClick={() => void addTree()}>
          Add why-tree
        </button>
      </div>
    </ReviewSection>
  );
}
