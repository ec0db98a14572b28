/** @module Turns a schema failure into the one message users see: `field: what is wrong`. */
import type { z } from 'zod';

/** The first problem of a failed parse, e.g. `severity: must be one of SEV1, SEV2, SEV3, SEV4`. */
export function describeFirstIssue(error: z.ZodError, root = 'body'): string {
  const issue = error.issues[0];
  if (!issue) return `${root}: is not valid`;
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : root;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `"${key}"`).join(', ');
    return `${path === root ? root : path}: unknown field ${keys}; check the spelling against the API description`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path}: is required`;
  if (issue.code === 'invalid_type' && issue.path.length === 0 && issue.expected === 'object') {
    return `${root}: must be a JSON object`;
  }
  return `${path}: ${issue.message}`;
}
