/** @module The language checker's public surface: lint text, and the table of its rules. */

export { isLintRuleId, LINT_RULES, type LintRuleId } from './lint-rules.js';
export { type LintOptions, lintText } from './lint-text.js';
