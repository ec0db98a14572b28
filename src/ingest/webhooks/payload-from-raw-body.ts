/** @module Turns a verified raw body into a JSON value, reporting bad JSON as `body: …`. */

/** The JSON value of `rawBody`, or a problem the route can answer with 400. */
export function payloadFromRawBody(rawBody: string): { payload: unknown } | { problem: string } {
  if (rawBody.trim() === '') return { problem: 'body: must be a JSON document, got an empty body' };
  try {
    return { payload: JSON.parse(rawBody) };
  } catch {
    return { problem: 'body: must be valid JSON' };
  }
}
