/** @module Who is asked when a review's follow-up comes due: its authors, reviewers and action-item owners. */
import { mailAddressesOf } from './mail-address.js';
import type { Review } from './review.js';

/**
 * The mail addresses to ask: authors first, then reviewers, then the owners of the action items
 * (wont_do items included, since their owners know why). Names that are not addresses are left out.
 */
export function followUpRecipients(
  review: Pick<Review, 'authors' | 'reviewers' | 'actionItems'>,
): string[] {
  return mailAddressesOf([
    ...review.authors,
    ...review.reviewers.map((reviewer) => reviewer.name),
    ...review.actionItems.map((item) => item.owner),
  ]);
}
