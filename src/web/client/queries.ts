/** @module Reads from the API as TanStack Query hooks, with one key per resource. */
import { useQuery } from '@tanstack/react-query';
import { ApiError } from './api-error.js';
import { requestJson } from './request-json.js';
import type {
  ActionItemListing,
  IncidentListItem,
  IncidentWithEvents,
  Metrics,
  ReviewDetail,
  ServiceSummary,
  Workspace,
} from './types.js';

export interface IncidentFilters {
  severity: string;
  status: string;
  service: string;
  tag: string;
  q: string;
}

export const queryKeys = {
  workspace: ['workspace'] as const,
  services: ['services'] as const,
  incidents: (filters: IncidentFilters) => ['incidents', filters] as const,
  incident: (key: string) => ['incident', key] as const,
  metrics: (key: string) => ['metrics', key] as const,
  review: (key: string) => ['review', key] as const,
  actionItems: (owner: string) => ['action-items', owner] as const,
};

export function useWorkspace() {
  return useQuery({
    queryKey: queryKeys.workspace,
    queryFn: () => requestJson<Workspace>('GET', '/workspace'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useServices() {
  return useQuery({
    queryKey: queryKeys.services,
    queryFn: async () =>
      (await requestJson<{ services: ServiceSummary[] }>('GET', '/services')).services,
    staleTime: 60_000,
  });
}

export function useIncidents(filters: IncidentFilters) {
  return useQuery({
    queryKey: queryKeys.incidents(filters),
    queryFn: async () => {
      const params = new URLSearchParams({ limit: '200' });
      for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
      return (await requestJson<{ incidents: IncidentListItem[] }>('GET', `/incidents?${params}`))
        .incidents;
    },
    placeholderData: (previous) => previous,
  });
}

export function fetchIncident(key: string): Promise<IncidentWithEvents> {
  return requestJson<IncidentWithEvents>('GET', `/incidents/${encodeURIComponent(key)}`);
}

export function useIncident(key: string) {
  return useQuery({ queryKey: queryKeys.incident(key), queryFn: () => fetchIncident(key) });
}

export function useMetrics(key: string) {
  return useQuery({
    queryKey: queryKeys.metrics(key),
    queryFn: () => requestJson<Metrics>('GET', `/incidents/${encodeURIComponent(key)}/metrics`),
  });
}

/** The incident's review, or null when none has been started. */
export async function fetchReview(key: string): Promise<ReviewDetail | null> {
  try {
    return await requestJson<ReviewDetail>('GET', `/incidents/${encodeURIComponent(key)}/review`);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'REVIEW_NOT_FOUND') return null;
    throw error;
  }
}

export function useReview(key: string) {
  return useQuery({ queryKey: queryKeys.review(key), queryFn: () => fetchReview(key) });
}

/** Every action item `owner` owns, across reviews, earliest due first. */
export function useOwnedActionItems(owner: string | undefined) {
  return useQuery({
    queryKey: queryKeys.actionItems(owner ?? ''),
    enabled: owner !== undefined,
    queryFn: async () =>
      (
        await requestJson<{ actionItems: ActionItemListing[] }>(
          'GET',
          `/action-items?${new URLSearchParams({ owner: owner ?? '', limit: '500' })}`,
        )
      ).actionItems,
  });
}
