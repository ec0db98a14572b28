/** @module The one way the web app talks to the REST API: JSON in, JSON out, errors as ApiError. */
import { ApiError } from './api-error.js';

export const API_BASE = '/api/v1';

/** Sends a request to `/api/v1{path}`; resolves to the parsed body (undefined for 204). */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${API_BASE}${path}`, {
    method,
    headers:
      body === undefined
        ? { accept: 'application/json' }
        : {
            accept: 'application/json',
            'content-type': 'application/json',
          },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      payload?.error?.code ?? 'HTTP_ERROR',
      payload?.error?.message ?? `The server answered ${response.status}.`,
    );
  }
  return payload as T;
}
