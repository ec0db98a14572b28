/** @module The review policy of each severity: the defaults, a workspace's overrides, and editing them. */
import type { WorkspaceId } from '../domain/ids.js';
import { SEVERITIES, type Severity } from '../domain/incident.js';
import {
  DEFAULT_POLICIES,
  type Policy,
  type PolicyPatch,
  policyFromPartial,
} from '../domain/review/index.js';
import {
  appendAuditEntries,
  type Executor,
  findPolicyOverrides,
  savePolicyOverrides,
} from '../storage/index.js';
import { AppError } from './app-error.js';
import { inTransaction, type UseCaseContext } from './context.js';

export interface PolicyView {
  severity: Severity;
  policy: Policy;
  /** What the workspace changed from the defaults; empty when it uses them. */
  overrides: PolicyPatch;
  /** 0 while the workspace has never saved overrides for this severity. */
  version: number;
}

/** The effective policy of `severity` in a workspace. */
export async function loadPolicy(
  db: Executor,
  workspaceId: WorkspaceId,
  severity: Severity,
): Promise<Policy> {
  return (await loadPolicyView(db, workspaceId, severity)).policy;
}

export async function getPolicy(ctx: UseCaseContext, severity: Severity): Promise<PolicyView> {
  return loadPolicyView(ctx.database.db, ctx.workspace.id, severity);
}

export async function listPolicies(ctx: UseCaseContext): Promise<PolicyView[]> {
  return Promise.all(SEVERITIES.map((severity) => getPolicy(ctx, severity)));
}

/**
 * Replaces the overrides of `severity` (an empty object returns to the defaults). Every invalid
 * value is listed in one RULE_VIOLATION.
 */
export async function setPolicy(
  ctx: UseCaseContext,
  severity: Severity,
  overrides: PolicyPatch,
  expectedVersion: number | null,
): Promise<PolicyView> {
  const result = policyFromPartial(overrides, DEFAULT_POLICIES[severity]);
  if ('problems' in result) throw new AppError('RULE_VIOLATION', result.problems.join('; '));
  return inTransaction(ctx, async (db) => {
    const before = await loadPolicyView(db, ctx.workspace.id, severity);
    if (expectedVersion !== null && expectedVersion !== before.version) {
      throw new AppError(
        'POLICY_VERSION_CONFLICT',
        `version: the ${severity} policy is at version ${before.version}, not ${expectedVersion}; reload it and apply your change again`,
      );
    }
    const now = ctx.clock();
    const version = before.version + 1;
    await savePolicyOverrides(db, ctx.workspace.id, {
      severity,
      overrides,
      version,
      updatedAt: now,
      updatedBy: ctx.actor.name,
    });
    await appendAuditEntries(db, [
      {
        workspaceId: ctx.workspace.id,
        entity: 'policy',
        entityId: severity,
        action: 'update',
        field: null,
        oldValue: before.overrides,
        newValue: overrides,
        actor: ctx.actor.name,
        at: now,
      },
    ]);
    return { severity, policy: result.policy, overrides, version };
  });
}

async function loadPolicyView(
  db: Executor,
  workspaceId: WorkspaceId,
  severity: Severity,
): Promise<PolicyView> {
  const stored = await findPolicyOverrides(db, workspaceId, severity);
  const base = DEFAULT_POLICIES[severity];
  if (stored === null) return { severity, policy: base, overrides: {}, version: 0 };
  const result = policyFromPartial(stored.overrides, base);
  // Overrides were valid when saved; if new defaults make them contradict, the defaults stand.
  const policy = 'policy' in result ? result.policy : base;
  return { severity, policy, overrides: stored.overrides, version: stored.version };
}
