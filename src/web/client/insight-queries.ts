/** @module Reads of insights, related incidents and error budgets, as TanStack Query hooks. */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, requestJson } from './request-json.js';
import type {
  InsightsOverview,
  PatternInsights,
  RelatedIncident,
  ResponseInsights,
  ServiceBudget,
} from './types.js';

/** The query string of an insights request: range, period and zone, as the API takes them. */
export interface InsightParams {
  from: string;
  to: string;
  period: string;
  zone: string;
}

function searchOf(params: InsightParams, extra: Record<string, string> = {}): string {
  return new URLSearchParams({ ...params, ...extra }).toString();
}

/** Where a table of an insight downloads as CSV, e.g. `/api/v1/insights/overview?…&format=csv&table=response`. */
export function insightCsvHref(path: string, params: InsightParams, table: string): string {
  return `${API_BASE}${path}?${searchOf(params, { format: 'csv', table })}`;
}

export function useInsightsOverview(params: InsightParams, enabled = true) {
  return useQuery({
    queryKey: ['insights', 'overview', params],
    enabled,
    queryFn: () => requestJson<InsightsOverview>('GET', `/insights/overview?${searchOf(params)}`),
    placeholderData: (previous) => previous,
  });
}

/** Response figures sliced by severity, service and team; asked only by the screen part showing them. */
export function useResponseInsights(params: InsightParams, enabled = true) {
  return useQuery({
    queryKey: ['insights', 'response', params],
    enabled,
    queryFn: () => requestJson<ResponseInsights>('GET', `/insights/response?${searchOf(params)}`),
    placeholderData: (previous) => previous,
  });
}

export function usePatternInsights(params: InsightParams, enabled = true) {
  return useQuery({
    queryKey: ['insights', 'patterns', params],
    enabled,
    queryFn: () => requestJson<PatternInsights>('GET', `/insights/patterns?${searchOf(params)}`),
    placeholderData: (previous) => previous,
  });
}

export function useRelatedIncidents(key: string) {
  return useQuery({
    queryKey: ['related', key],
    queryFn: () =>
      requestJson<RelatedIncident[]>('GET', `/incidents/${encodeURIComponent(key)}/related`),
    staleTime: 60_000,
  });
}

export function useIncidentBudgets(key: string) {
  return useQuery({
    queryKey: ['incident-budgets', key],
    queryFn: async () =>
      (
        await requestJson<{ budgets: ServiceBudget[] }>(
          'GET',
          `/incidents/${encodeURIComponent(key)}/error-budgets`,
        )
      ).budgets,
    staleTime: 60_000,
  });
}
