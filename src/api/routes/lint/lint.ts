/** @module /lint: the blame and vagueness checker on one piece of text, as an editor calls it while someone types. */
import { LintRequestSchema, LintResponseSchema } from '../../../shared/schemas/policies.js';
import { lintOneText } from '../../../usecases/review-lint.js';
import type { RouteRegistry } from '../../route.js';

export function registerLintRoutes(routes: RouteRegistry): void {
  routes.add(
    {
      method: 'post',
      path: '/lint',
      summary: 'Check a text for blame and hindsight (narrative) or vagueness (actionItem)',
      tag: 'lint',
      body: LintRequestSchema,
      response: {
        status: 200,
        schema: LintResponseSchema,
        description: 'Findings with character offsets into the text',
      },
    },
    ({ c, body }) => {
      const findings = lintOneText(body.text, body.kind, body.participants ?? []);
      return c.json({
        findings: findings.map((finding) => ({
          rule: finding.rule,
          severity: finding.severity,
          message: finding.message,
          start: finding.where?.start ?? 0,
          end: finding.where?.end ?? body.text.length,
          ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
        })),
      });
    },
  );
}
