/** @module Review saves, one at a time, each computed from the review as last read; a 409 becomes a conflict to resolve. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { fetchReview, isConflict, queryKeys, requestJson } from '../client/index.js';
import type { ReviewDetail } from '../client/types.js';
import type { Conflict } from '../components/conflict-banner.js';

/** One change computed from `base` (the review as the person saw it, or the latest on re-apply). */
export type ReviewSend = (base: ReviewDetail) => Promise<unknown>;
export type ReviewSave = (send: ReviewSend) => Promise<boolean>;
/** Like ReviewSave, but resolves to the failure (null on success) for the caller to show beside its control. */
export type ReviewTrySave = (send: ReviewSend) => Promise<unknown>;

/** A PATCH of review sections carrying the version they were computed from. */
export function patchReview(
  build: (review: ReviewDetail['review']) => Record<string, unknown>,
): ReviewSend {
  return (base) =>
    requestJson('PATCH', `/incidents/${encodeURIComponent(base.incident.key)}/review`, {
      ...build(base.review),
      version: base.review.version,
    });
}

export function useReviewSave(key: string) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(0);
  // Saves queue so that the second of two quick edits is computed from the first one's result,
  // not from the version both were typed against (which would be a false conflict).
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const latest = useCallback(
    () =>
      queryClient.fetchQuery({
        queryKey: queryKeys.review(key),
        queryFn: () => fetchReview(key),
        staleTime: 0,
      }),
    [queryClient, key],
  );

  const run = useCallback(
    async (send: ReviewSend, base: ReviewDetail | null | undefined): Promise<unknown> => {
      if (!base) return new Error('The review is not loaded yet.');
      setError(null);
      try {
        const result = await send(base);
        setConflict(null);
        if (result && typeof result === 'object' && 'review' in result) {
          queryClient.setQueryData(queryKeys.review(key), result);
        } else {
          await latest();
        }
        void queryClient.invalidateQueries({ queryKey: ['action-items'] });
        void queryClient.invalidateQueries({ queryKey: ['incidents'] });
        return null;
      } catch (failure) {
        if (!isConflict(failure)) return failure;
        setConflict({
          message: failure.message,
          reapply: async () => {
            const again = await run(send, await latest());
            if (again && !isConflict(again)) setError(again);
          },
        });
        return failure;
      }
    },
    [queryClient, key, latest],
  );

  const trySave = useCallback<ReviewTrySave>(
    (send) => {
      setPending((count) => count + 1);
      const next = queue.current.then(() =>
        run(send, queryClient.getQueryData<ReviewDetail | null>(queryKeys.review(key))),
      );
      queue.current = next.catch(() => undefined);
      return next.finally(() => setPending((count) => count - 1));
    },
    [run, queryClient, key],
  );

  const save = useCallback<ReviewSave>(
    async (send) => {
      const failure = await trySave(send);
      if (failure && !isConflict(failure)) setError(failure);
      return failure === null;
    },
    [trySave],
  );

  const reload = useCallback(async () => {
    setConflict(null);
    setError(null);
    await latest();
  }, [latest]);

  return { save, trySave, conflict, error, reload, saving: pending > 0 };
}
