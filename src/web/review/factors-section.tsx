/** @module Contributing factors: category, description, evidence picked from the timeline, and the action items (or accepted risk) that address each. */
import { type FormEvent, useState } from 'react';
import { FACTOR_CATEGORIES } from '../client/index.js';
import type { Factor, TimelineEvent, WhyNode } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { useDraft } from '../lib/use-draft.js';
import { formatInstant } from '../lib/zoned-time.js';
import type { EditorProps } from './editor-props.js';
import { LintedText } from './linted-text.js';
import { ReviewSection } from './review-section.js';
import { patchReview } from './use-review-save.js';

type FactorsProps = EditorProps & { events: readonly TimelineEvent[] };

function rootCausesOf(props: EditorProps): WhyNode[] {
  const found: WhyNode[] = [];
  const walk = (nodes: WhyNode[]) => {
    for (const node of nodes) {
      if (node.rootCause) found.push(node);
      walk(node.children);
    }
  };
  for (const tree of props.detail.review.whyTrees) walk(tree.answers);
  return found;
}

function toggle(ids: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...ids, id])] : ids.filter((other) => other !== id);
}

function FactorCard({
  factor,
  index,
  props,
}: {
  factor: Factor;
  index: number;
  props: FactorsProps;
}) {
  const [description, setDescription, descriptionDirty] = useDraft(factor.description);
  const [risk, setRisk, riskDirty] = useDraft(factor.acceptedRisk ?? '');
  const change = (changes: Partial<Factor>) =>
    props.save(
      patchReview((review) => ({
        factors: review.factors.map((f) => (f.id === factor.id ? { ...f, ...changes } : f)),
      })),
    );
  const items = props.detail.review.actionItems;
  const roots = rootCausesOf(props);
  const label = `factor ${index + 1}`;
  return (
    <li className="factor">
      <div className="factor-head">
        <label className="field">
          <span>Category</span>
          <select
            id={`factor-${factor.id}-category`}
            value={factor.category}
            onChange={(event) => void change({ category: event.target.value })}
          >
            {[...new Set([...FACTOR_CATEGORIES, factor.category])].map((category) => (
              <option key={category}>{category}</option>
            ))}
          </select>
        </label>
        <div className="grow">
          <LintedText
            id={`factor-${factor.id}-description`}
            label="What in the system allowed it"
            multiline
            rows={2}
            value={description}
            onChange={setDescription}
            onCommit={() => {
              if (descriptionDirty) void change({ description });
            }}
            participants={props.participants}
            saved={props.lintAt(`factors.${index}.description`)}
          />
        </div>
        <button
          type="button"
          className="button subtle small"
          aria-label={`Remove ${label}`}
          onClick={() =>
            void props.save(
              patchReview((review) => ({
                factors: review.factors.filter((f) => f.id !== factor.id),
              })),
            )
          }
        >
          Remove
        </button>
      </div>
      <div className="factor-links">
        <fieldset id={`factor-${factor.id}-evidence`} tabIndex={-1} className="pick-list">
          <legend>Evidence from the timeline</legend>
          {props.events.length === 0 ? (
            <p className="muted small-print">The timeline has no events to cite yet.</p>
          ) : (
            <ul>
              {props.events.map((event) => (
                <li key={event.id}>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={factor.evidenceEventIds.includes(event.id)}
                      onChange={(e) =>
                        void change({
                          evidenceEventIds: toggle(
                            factor.evidenceEventIds,
                            event.id,
                            e.target.checked,
                          ),
                        })
                      }
                    />
                    <span>
                      <time className="pick-time">{formatInstant(event.at, props.zone)}</time>{' '}
                      {event.text}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className="factor-side">
          <fieldset id={`factor-${factor.id}-actions`} tabIndex={-1} className="pick-list">
            <legend>Addressed by</legend>
            {items.length === 0 ? (
              <p className="muted small-print">
                Add action items below, then link the ones that change this; or accept the risk.
              </p>
            ) : (
              <ul>
                {items.map((item) => (
                  <li key={item.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={factor.actionItemIds.includes(item.id)}
                        onChange={(e) =>
                          void change({
                            actionItemIds: toggle(factor.actionItemIds, item.id, e.target.checked),
                          })
                        }
                      />
                      {item.title}
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
          {roots.length > 0 && (
            <fieldset className="pick-list">
              <legend>Root causes it stands for</legend>
              <ul>
                {roots.map((node) => (
                  <li key={node.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={factor.whyNodeIds.includes(node.id)}
                        onChange={(e) =>
                          void change({
                            whyNodeIds: toggle(factor.whyNodeIds, node.id, e.target.checked),
                          })
                        }
                      />
                      {node.text}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}
          <LintedText
            id={`factor-${factor.id}-acceptedRisk`}
            label="Accepted risk (when no action item addresses it)"
            multiline
            rows={2}
            value={risk}
            onChange={setRisk}
            onCommit={() => {
              if (riskDirty) void change({ acceptedRisk: risk.trim() === '' ? null : risk });
            }}
            participants={props.participants}
            saved={props.lintAt(`factors.${index}.acceptedRisk`)}
          />
        </div>
      </div>
    </li>
  );
}

export function FactorsSection(props: FactorsProps) {
  const factors = props.detail.review.factors;
  const [category, setCategory] = useState('process');
  const [description, setDescription] = useState('');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await props.save(
      patchReview((review) => ({
        factors: [
          ...review.factors,
          {
            category,
            description,
            evidenceEventIds: [],
            actionItemIds: [],
            acceptedRisk: null,
            whyNodeIds: [],
          },
        ],
      })),
    );
    if (ok) setDescription('');
  };
  return (
    <ReviewSection
      id="section-factors"
      title="Contributing factors"
      hint="What in the system made the incident possible or worse. Cite the timeline, then link the action items that change it — or write down why the risk is accepted."
    >
      {factors.length === 0 ? (
        <EmptyState title="No contributing factors yet">
          <p>
            A factor is a condition, not a culprit: “certificate renewal only covered public
            certificates”, not “someone forgot”. Root causes from the why-trees are good candidates.
          </p>
        </EmptyState>
      ) : (
        <ol className="factors">
          {factors.map((factor, index) => (
            <FactorCard key={factor.id} factor={factor} index={index} props={props} />
          ))}
        </ol>
      )}
      <form className="add-factor" onSubmit={add} aria-label="Add a contributing factor">
        <label className="field">
          <span>Category</span>
          <select value={category} onChange={(event) => setCategory(event.target.value)}>
            {FACTOR_CATEGORIES.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>New factor</span>
          <input
            id="factor-new"
            value={description}
            placeholder="Renewal automation did not cover internal certificates"
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
        <button type="submit" className="button">
          Add factor
        </button>
      </form>
    </ReviewSection>
  );
}
