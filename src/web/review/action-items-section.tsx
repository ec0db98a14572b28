/** @module The review's action items: ranked, edited inline, each with its own checks, status moves and verification. */
import { type FormEvent, useState } from 'react';
import { ActionStatusControl, type TransitionBody } from '../action-items/action-status-control.js';
import { ACTION_TYPES, HORIZON_LABELS, HORIZONS, requestJson } from '../client/index.js';
import type { ActionItem, Finding } from '../client/types.js';
import { EmptyState } from '../components/empty-state.js';
import { useDraft } from '../lib/use-draft.js';
import type { EditorProps } from './editor-props.js';
import { LintedText } from './linted-text.js';
import { ReviewSection } from './review-section.js';
import type { ReviewSend } from './use-review-save.js';

const SCORES = [1, 2, 3, 4, 5];

function itemPath(key: string, id: string): string {
  return `/incidents/${encodeURIComponent(key)}/review/action-items/${encodeURIComponent(id)}`;
}

/** A change to one item computed from the item as last read, so its version is the one seen. */
function patchItem(id: string, changes: Record<string, unknown>): ReviewSend {
  return async (base) => {
    const item = base.review.actionItems.find((i) => i.id === id);
    if (!item) throw new Error('This action item was removed.');
    return requestJson('PATCH', itemPath(base.incident.key, id), {
      ...changes,
      version: item.version,
    });
  };
}

function transitionItem(id: string, body: TransitionBody): ReviewSend {
  return async (base) => {
    const item = base.review.actionItems.find((i) => i.id === id);
    if (!item) throw new Error('This action item was removed.');
    return requestJson('POST', `${itemPath(base.incident.key, id)}/transition`, {
      ...body,
      version: item.version,
    });
  };
}

function TextCell({
  item,
  field,
  label,
  props,
  lint,
  kind = 'narrative',
  multiline = false,
}: {
  item: ActionItem;
  field: 'title' | 'successCriteria' | 'validationMethod';
  label: string;
  props: EditorProps;
  lint: Finding[];
  kind?: 'narrative' | 'actionItem';
  multiline?: boolean;
}) {
  const [text, setText, dirty] = useDraft(item[field]);
  return (
    <LintedText
      id={`action-${item.id}-${field}`}
      label={label}
      value={text}
      kind={kind}
      multiline={multiline}
      rows={2}
      onChange={setText}
      onCommit={() => {
        if (dirty) void props.save(patchItem(item.id, { [field]: text }));
      }}
      participants={props.participants}
      saved={lint}
    />
  );
}

function PlainCell({
  item,
  field,
  label,
  props,
  type = 'text',
}: {
  item: ActionItem;
  field: 'owner' | 'dueDate';
  label: string;
  props: EditorProps;
  type?: string;
}) {
  const [text, setText, dirty] = useDraft(item[field] ?? '');
  const commit = () => {
    if (dirty)
      void props.save(patchItem(item.id, { [field]: text.trim() === '' ? null : text.trim() }));
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        id={`action-${item.id}-${field}`}
        type={type}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

function ChoiceCell({
  item,
  field,
  label,
  options,
  props,
}: {
  item: ActionItem;
  field: 'horizon' | 'type' | 'impact' | 'effort';
  label: string;
  options: readonly { value: string; label: string }[];
  props: EditorProps;
}) {
  const numeric = field === 'impact' || field === 'effort';
  return (
    <label className="field">
      <span>{label}</span>
      <select
        id={`action-${item.id}-${field}`}
        value={String(item[field])}
        onChange={(event) =>
          void props.save(
            patchItem(item.id, {
              [field]: numeric ? Number(event.target.value) : event.target.value,
            }),
          )
        }
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function ActionItemRow({
  item,
  index,
  props,
}: {
  item: ActionItem;
  index: number;
  props: EditorProps;
}) {
  const path = `actionItems.${index}`;
  const checks = [...props.detail.readiness, ...props.detail.lint].filter(
    (finding) => finding.where?.path === path || finding.where?.path?.startsWith(`${path}.`),
  );
  const lintOf = (field: string) => props.lintAt(`${path}.${field}`);
  const blocking = checks.filter((f) => f.severity === 'error' && f.rule.startsWith('action-'));
  return (
    <tr className={blocking.length ? 'has-errors' : undefined}>
      <td className="action-main">
        <TextCell
          item={item}
          field="title"
          label="The exact change"
          kind="actionItem"
          props={props}
          lint={lintOf('title')}
        />
        <TextCell
          item={item}
          field="successCriteria"
          label="Success criteria"
          props={props}
          lint={lintOf('successCriteria')}
          multiline
        />
        <TextCell
          item={item}
          field="validationMethod"
          label="How it will be validated"
          props={props}
          lint={lintOf('validationMethod')}
          multiline
        />
        {blocking.length > 0 && (
          <ul className="inline-checks" aria-label={`Checks for “${item.title}”`}>
            {blocking.map((finding) => (
              <li key={`${finding.rule}-${finding.where?.path}`}>{finding.message}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="action-fields">
        <PlainCell item={item} field="owner" label="Owner" props={props} />
        <PlainCell item={item} field="dueDate" label="Due (YYYY-MM-DD)" type="date" props={props} />
      </td>
      <td className="action-fields">
        <ChoiceCell
          item={item}
          field="horizon"
          label="Horizon"
          options={HORIZONS.map((h) => ({ value: h, label: HORIZON_LABELS[h] ?? h }))}
          props={props}
        />
        <ChoiceCell
          item={item}
          field="type"
          label="Type"
          options={ACTION_TYPES.map((t) => ({ value: t, label: t }))}
          props={props}
        />
      </td>
      <td className="action-fields">
        <ChoiceCell
          item={item}
          field="impact"
          label="Impact (1–5)"
          options={SCORES.map((s) => ({ value: String(s), label: String(s) }))}
          props={props}
        />
        <ChoiceCell
          item={item}
          field="effort"
          label="Effort (1–5)"
          options={SCORES.map((s) => ({ value: String(s), label: String(s) }))}
          props={props}
        />
      </td>
      <td className="action-fields">
        <ActionStatusControl
          item={item}
          zone={props.zone}
          now={Date.now()}
          transition={(body) => props.trySave(transitionItem(item.id, body))}
        />
        <button
          type="button"
          className="button subtle small"
          aria-label={`Remove action item: ${item.title}`}
          onClick={() =>
            void props.save(async (base) => {
              const current = base.review.actionItems.find((i) => i.id === item.id);
              if (!current) return;
              await requestJson(
                'DELETE',
                `${itemPath(base.incident.key, item.id)}?version=${current.version}`,
              );
            })
          }
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

function NewActionItem({ props }: { props: EditorProps }) {
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [horizon, setHorizon] = useState<string>('short');
  const [type, setType] = useState<string>('prevent');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await props.save((base) =>
      requestJson(
        'POST',
        `/incidents/${encodeURIComponent(base.incident.key)}/review/action-items`,
        {
          title,
          owner: owner.trim() === '' ? null : owner.trim(),
          horizon,
          type,
        },
      ),
    );
    if (ok) {
      setTitle('');
      setOwner('');
    }
  };
  return (
    <form className="add-action" onSubmit={add} aria-label="Add an action item">
      <div className="grow">
        <LintedText
          id="action-new-title"
          label="New action item (the exact change)"
          kind="actionItem"
          value={title}
          onChange={setTitle}
          placeholder="Alert 14 days before any internal certificate expires"
          participants={props.participants}
        />
      </div>
      <label className="field">
        <span>Owner</span>
        <input
          id="action-new-owner"
          value={owner}
          onChange={(event) => setOwner(event.target.value)}
        />
      </label>
      <label className="field">
        <span>Horizon</span>
        <select value={horizon} onChange={(event) => setHorizon(event.target.value)}>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {HORIZON_LABELS[h]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Type</span>
        <select value={type} onChange={(event) => setType(event.target.value)}>
          {ACTION_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Add action item
      </button>
    </form>
  );
}

export function ActionItemsSection(props: EditorProps) {
  const { actionItems } = props.detail.review;
  const rank = new Map(props.detail.ranking.map((id, i) => [id, i]));
  const ordered = actionItems
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (rank.get(a.item.id) ?? 1e9) - (rank.get(b.item.id) ?? 1e9));
  return (
    <ReviewSection
      id="section-action-items"
      title="Action items"
      hint="Open quick wins first. Each needs an owner, a due date, success criteria and a way to validate it; without a due date one is set from the policy for its horizon."
    >
      {actionItems.length === 0 ? (
        <EmptyState title="No action items yet">
          <p>
            Write the exact change, not an intention: “page on-call when a certificate expires
            within 14 days”, not “improve monitoring”. Then link it to the factor it addresses.
          </p>
        </EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="action-table">
            <caption className="visually-hidden">Action items, ranked</caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Owner and due</th>
                <th scope="col">Horizon and type</th>
                <th scope="col">Impact and effort</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map(({ item, index }) => (
                <ActionItemRow key={item.id} item={item} index={index} props={props} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewActionItem props={props} />
    </ReviewSection>
  );
}
