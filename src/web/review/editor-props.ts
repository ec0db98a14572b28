/** @module What every section of the review editor receives: the review, how to save, and how to lint. */
import type { Finding, ReviewDetail } from '../client/types.js';
import type { ReviewSave, ReviewTrySave } from './use-review-save.js';

export interface EditorProps {
  detail: ReviewDetail;
  save: ReviewSave;
  trySave: ReviewTrySave;
  /** People named in the incident, so lint can flag a sentence that blames one of them. */
  participants: readonly string[];
  /** The review's lint findings at exactly `path`. */
  lintAt: (path: string) => Finding[];
  zone: string;
}
