/** @module The review's summary: what happened, who was affected, what changes — linted as it is written. */
import { useDraft } from '../lib/use-draft.js';
import type { EditorProps } from './editor-props.js';
import { LintedText } from './linted-text.js';
import { ReviewSection } from './review-section.js';
import { patchReview } from './use-review-save.js';

export function SummarySection({ detail, save, participants, lintAt }: EditorProps) {
  const [summary, setSummary, dirty] = useDraft(detail.review.summary);
  return (
    <ReviewSection
      id="section-summary"
      title="Summary"
      hint="A few sentences: what happened, who was affected, and what changes as a result. Describe what the system allowed, not who slipped."
    >
      <LintedText
        id="review-summary"
        label="Summary"
        hideLabel
        multiline
        rows={5}
        value={summary}
        onChange={setSummary}
        onCommit={() => {
          if (dirty) void save(patchReview(() => ({ summary })));
        }}
        participants={participants}
        saved={lintAt('summary')}
      />
    </ReviewSection>
  );
}
