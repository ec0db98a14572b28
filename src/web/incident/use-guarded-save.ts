/** @module Saves that send the version they read; a 409 becomes a conflict to resolve, never an overwrite. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { fetchIncident, isConflict, queryKeys } from '../client/index.js';
import type { IncidentWithEvents } from '../client/types.js';
import type { Conflict } from '../components/conflict-banner.js';

/** Sends one change computed from `base` (the incident as the person saw it, or the latest on re-apply). */
export type Send = (base: IncidentWithEvents) => Promise<unknown>;

export function useGuardedSave(key: string) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.incident(key) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.metrics(key) }),
        queryClient.invalidateQueries({ queryKey: ['incidents'] }),
      ]),
    [queryClient, key],
  );

  const attempt = useCallback(
    async (send: Send, base: IncidentWithEvents): Promise<boolean> => {
      setError(null);
      try {
        await send(base);
        setConflict(null);
        await refresh();
        return true;
      } catch (failure) {
        if (!isConflict(failure)) {
          setError(failure);
          return false;
        }
        setConflict({
          message: failure.message,
          reapply: async () => {
            const latest = await queryClient.fetchQuery({
              queryKey: queryKeys.incident(key),
              queryFn: () => fetchIncident(key),
              staleTime: 0,
            });
            await attempt(send, latest);
          },
        });
        return false;
      }
    },
    [queryClient, key, refresh],
  );

  const reload = useCallback(async () => {
    setConflict(null);
    setError(null);
    await refresh();
  }, [refresh]);

  return { save: attempt, conflict, error, reload, clearError: () => setError(null) };
}
