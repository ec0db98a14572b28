/** @module Checks on why-trees: branches that stop too early, end at a person, or have root causes left hanging. */
import type { Finding } from '../finding.js';
import type { ContributingFactor } from './contributing-factor.js';
import type { WhyNode, WhyTree } from './why-tree.js';

/** A branch must go at least this many "why?"s deep before it may stop at a technical cause. */
export const MIN_TECHNICAL_DEPTH = 3;

const TECHNICAL =
  /\b(?:bug|config(?:uration)?|deploy(?:ed|ment)?|time-?outs?|timed out|memory|disk|cpu|certificates?|null|exceptions?|crash(?:ed|es)?|quer(?:y|ies)|database|db|cache|dns|latency|load balancer|network|threads?|connection pool|connections?|race condition|regression|library|dependenc(?:y|ies)|code|server|pods?|containers?|queue|index|migration|schema|endpoint|leak|overload(?:ed)?|saturated|retries|retry storm)\b/i;
const SYSTEMIC =
  /\b(?:process|review(?:ed)?|runbooks?|policy|policies|training|ownership|owner|checklist|canary|guardrails?|test coverage|no test|staging|rollout plan|handoff|on-?call|staffing|priorit\w+|incentives?|documentation|tooling|alerting)\b/i;

export interface WhyTreeCheckContext {
  /** Names of the people who took part; a branch must not end at one of them. */
  participants: string[];
  factors: ContributingFactor[];
}

/** Findings for every why-tree of a review; paths look like `whyTrees.0.answers.1.children.0`. */
export function checkWhyTrees(trees: WhyTree[], context: WhyTreeCheckContext): Finding[] {
  const referenced = new Set(context.factors.flatMap((f) => f.whyNodeIds));
  const findings: Finding[] = [];
  trees.forEach((tree, t) => {
    if (tree.answers.length === 0) {
      findings.push({
        rule: 'why-tree-empty',
        severity: 'warning',
        message: `Why-tree ${t + 1} ("${tree.question}") has no answers yet`,
        where: { path: `whyTrees.${t}` },
      });
    }
    const walk = (nodes: WhyNode[], depth: number, parentPath: string) => {
      nodes.forEach((node, i) => {
        const path = `${parentPath}.${i}`;
        findings.push(...checkNode(node, depth, path, context.participants, referenced));
        walk(node.children, depth + 1, `${path}.children`);
      });
    };
    walk(tree.answers, 1, `whyTrees.${t}.answers`);
  });
  return findings;
}

function checkNode(
  node: WhyNode,
  depth: number,
  path: string,
  participants: string[],
  referenced: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  const isLeaf = node.children.length === 0;
  if (isLeaf && depth < MIN_TECHNICAL_DEPTH && isTechnicalCause(node)) {
    findings.push({
      rule: 'why-stops-at-technical-cause',
      severity: 'warning',
      message: `This branch stops at the immediate technical cause after ${depth} why${depth === 1 ? '' : 's'}: "${node.text}"`,
      where: { path },
      suggestion:
        'Ask why the system allowed it: why was it not caught by a test, a review, a canary or an alert?',
    });
  }
  const person = isLeaf ? participants.find((name) => namesPerson(node.text, name)) : undefined;
  if (person !== undefined) {
    findings.push({
      rule: 'why-ends-at-person',
      severity: 'warning',
      message: `This branch ends at a person (${person}): "${node.text}"`,
      where: { path },
      suggestion:
        'Ask what made the action reasonable at the time: the information, tools and pressure the person had.',
    });
  }
  if (node.rootCause && !referenced.has(node.id)) {
    findings.push({
      rule: 'why-root-cause-without-factor',
      severity: 'warning',
      message: `Root cause "${node.text}" is not linked to any contributing factor`,
      where: { path },
      suggestion:
        'Add a contributing factor for it, so that an action item or an accepted risk addresses it.',
    });
  }
  if (node.rootCause && node.category === null) {
    findings.push({
      rule: 'why-root-cause-without-category',
      severity: 'warning',
      message: `Root cause "${node.text}" has no category`,
      where: { path: `${path}.category` },
    });
  }
  if (node.rootCause && !isLeaf) {
    findings.push({
      rule: 'why-root-cause-not-leaf',
      severity: 'warning',
      message: `"${node.text}" is marked a root cause but has answers below it`,
      where: { path },
      suggestion: 'Mark the deepest answer of the branch as the root cause instead.',
    });
  }
  return findings;
}

/** Categorised nodes say what they are; for the rest the wording decides. */
function isTechnicalCause(node: WhyNode): boolean {
  if (node.category !== null) return node.category === 'technical';
  return TECHNICAL.test(node.text) && !SYSTEMIC.test(node.text);
}

/**
 * The full name matches in any case; a first name alone (three letters or more) only when
 * capitalised, so that "will" or "may" in a sentence does not read as Will or May.
 */
function namesPerson(text: string, name: string): boolean {
  const full = name.trim();
  if (full === '') return false;
  if (new RegExp(`\\b${escapeRegExp(full)}\\b`, 'i').test(text)) return true;
  const first = full.split(/\s+/)[0]!;
  return first.length >= 3 && new RegExp(`\\b${escapeRegExp(first)}\\b`).test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
