/** @module The library's reads: published reviews to browse, and full-text search with highlighted snippets. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, requestJson } from '../client/index.js';
import type { LibraryResult, ReviewListing } from '../client/types.js';

export function usePublishedReviews() {
  return useQuery({
    queryKey: ['library', 'published'],
    queryFn: async () =>
      (
        await requestJson<{ reviews: ReviewListing[] }>(
          'GET',
          '/reviews?status=published&limit=500',
        )
      ).reviews,
  });
}

/**
 * Search results for `q`, or null when this server has no search route (an older server): the
 * page then filters the published list by title, key and service instead, and says so.
 */
export function useLibrarySearch(q: string) {
  return useQuery({
    queryKey: ['library', 'search', q],
    enabled: q.trim() !== '',
    placeholderData: (previous) => previous,
    queryFn: async (): Promise<LibraryResult[] | null> => {
      try {
        const params = new URLSearchParams({ q: q.trim(), limit: '50' });
        return (await requestJson<{ results: LibraryResult[] }>('GET', `/library/search?${params}`))
          .results;
      } catch (error) {
        if (error instanceof ApiError && error.code === 'NOT_FOUND') return null;
        throw error;
      }
    },
  });
}
