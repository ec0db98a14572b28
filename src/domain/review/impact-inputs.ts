/** @module The figures behind an incident's impact and cost, each one visible and editable. */
import { secondsBetween } from '../instant.js';
import type { Milestones } from '../milestones.js';
import type { Service } from '../service.js';

export interface ImpactInputs {
  usersAffected: number | null;
  customersAffected: number | null;
  /** Share of the affected services' revenue that was lost while impact lasted, 0 to 1. */
  impactFraction: number;
  /** Defaults to impact start → mitigation (or resolution); editable. */
  durationMinutes: number | null;
  /** Defaults to the sum over the affected services of the catalog; editable. */
  revenuePerHour: number;
  responderHours: number;
  hourlyRate: number;
  slaCredits: number;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
  /** Free text about who was affected and how. */
  notes: string;
}

/**
 * Inputs pre-filled from the milestones and the catalog. Impact is assumed total (fraction 1)
 * until someone says otherwise, because an understated figure is never questioned.
 */
export function defaultImpactInputs(
  milestones: Milestones,
  incidentServices: readonly string[],
  catalog: readonly Service[],
  currency: string,
): ImpactInputs {
  const end = milestones.mitigated ?? milestones.resolved;
  const durationMinutes =
    milestones.impactStarted !== null && end !== null
      ? Math.max(0, Math.round(secondsBetween(milestones.impactStarted, end) / 60))
      : null;
  const revenuePerHour = catalog
    .filter((service) => incidentServices.includes(service.name))
    .reduce((sum, service) => sum + (service.revenuePerHour ?? 0), 0);
  return {
    usersAffected: null,
    customersAffected: null,
    impactFraction: 1,
    durationMinutes,
    revenuePerHour,
    responderHours: 0,
    hourlyRate: 0,
    slaCredits: 0,
    currency,
    notes: '',
  };
}

/** Problems (`field: what is wrong`) with edited inputs. */
export function validateImpactInputs(inputs: ImpactInputs): string[] {
  const problems: string[] = [];
  const nonNegative = (field: keyof ImpactInputs, value: number | null, whole: boolean) => {
    if (value === null) return;
    if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) {
      problems.push(
        `${field}: must be ${whole ? 'a whole number' : 'a number'} of 0 or more, got ${value}`,
      );
    }
  };
  nonNegative('usersAffected', inputs.usersAffected, true);
  nonNegative('customersAffected', inputs.customersAffected, true);
  nonNegative('durationMinutes', inputs.durationMinutes, false);
  nonNegative('revenuePerHour', inputs.revenuePerHour, false);
  nonNegative('responderHours', inputs.responderHours, false);
  nonNegative('hourlyRate', inputs.hourlyRate, false);
  nonNegative('slaCredits', inputs.slaCredits, false);
  if (
    !Number.isFinite(inputs.impactFraction) ||
    inputs.impactFraction < 0 ||
    inputs.impactFraction > 1
  ) {
    problems.push(`impactFraction: must be between 0 and 1, got ${inputs.impactFraction}`);
  }
  if (!/^[A-Z]{3}$/.test(inputs.currency)) {
    problems.push(
      `currency: must be a three-letter ISO 4217 code such as EUR, got "${inputs.currency}"`,
    );
  }
  return problems;
}
