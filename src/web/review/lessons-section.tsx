/** @module Lessons in three lists — what went well, what went wrong, where we got lucky — each entry linted. */
import { useState } from 'react';
import type { Review } from '../client/types.js';
import { useDraft } from '../lib/use-draft.js';
import type { EditorProps } from './editor-props.js';
import { LintedText } from './linted-text.js';
import { ReviewSection } from './review-section.js';
import { patchReview } from './use-review-save.js';

type ListName = keyof Review['lessons'];

const LISTS: { name: ListName; title: string; placeholder: string }[] = [
  {
    name: 'wentWell',
    title: 'What went well',
    placeholder: 'The rollback runbook worked first time',
  },
  {
    name: 'wentWrong',
    title: 'What went wrong',
    placeholder: 'The alert only covered the primary region',
  },
  {
    name: 'gotLucky',
    title: 'Where we got lucky',
    placeholder: 'It happened outside the sales peak',
  },
];

function LessonEntry({
  list,
  index,
  text,
  props,
}: {
  list: ListName;
  index: number;
  text: string;
  props: EditorProps;
}) {
  const [draft, setDraft, dirty] = useDraft(text);
  const change = (build: (entries: string[]) => string[]) =>
    props.save(patchReview((review) => ({ lessons: { [list]: build(review.lessons[list]) } })));
  return (
    <li className="lesson">
      <LintedText
        id={`lesson-${list}-${index}`}
        label={`${LISTS.find((l) => l.name === list)?.title} ${index + 1}`}
        hideLabel
        value={draft}
        onChange={setDraft}
        onCommit={() => {
          if (dirty) void change((entries) => entries.map((e, i) => (i === index ? draft : e)));
        }}
        participants={props.participants}
        saved={props.lintAt(`lessons.${list}.${index}`)}
      />
      <button
        type="button"
        className="button subtle small"
        aria-label={`Remove: ${text}`}
        onClick={() => void change((entries) => entries.filter((_, i) => i !== index))}
      >
        Remove
      </button>
    </li>
  );
}

function LessonList({ list, props }: { list: (typeof LISTS)[number]; props: EditorProps }) {
  const [text, setText] = useState('');
  const entries = props.detail.review.lessons[list.name];
  const add = async () => {
    if (text.trim() === '') return;
    const ok = await props.save(
      patchReview((review) => ({
        lessons: { [list.name]: [...review.lessons[list.name], text.trim()] },
      })),
    );
    if (ok) setText('');
  };
  return (
    <div className="lesson-list">
      <h3>{list.title}</h3>
      {entries.length > 0 && (
        <ul>
          {entries.map((entry, index) => (
            <LessonEntry
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no ids; position is their identity.
              key={`${index}-${entry}`}
              list={list.name}
              index={index}
              text={entry}
              props={props}
            />
          ))}
        </ul>
      )}
      <div className="add-row">
        <label className="visually-hidden" htmlFor={`lesson-${list.name}-new`}>
          Add to {list.title.toLowerCase()}
        </label>
        <input
          id={`lesson-${list.name}-new`}
          value={text}
          placeholder={list.placeholder}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" className="button small" onClick={() => void add()}>
          Add
        </button>
      </div>
    </div>
  );
}

export function LessonsSection(props: EditorProps) {
  return (
    <ReviewSection
      id="section-lessons"
      title="Lessons"
      hint="One lesson per line. Press Enter to add it."
    >
      <div className="lessons-grid">
        {LISTS.map((list) => (
          <LessonList key={list.name} list={list} props={props} />
        ))}
      </div>
    </ReviewSection>
  );
}
