/** @module The cost of an incident: lost revenue, responder time and SLA credits, with the formula shown. */
import type { ImpactInputs } from './impact-inputs.js';

export interface CostEstimate {
  total: number;
  parts: { lostRevenue: number; responderCost: number; slaCredits: number };
  currency: string;
  /** Every input and intermediate figure, so a reader can check the arithmetic. */
  formula: string;
}

/**
 * lost revenue = revenue per hour × minutes ÷ 60 × impact fraction; responder cost = hours × rate.
 * An unknown duration counts no lost revenue, and the formula says so.
 * @example estimateCost({ ...inputs, revenuePerHour: 12000, durationMinutes: 90, impactFraction: 0.25 }).parts.lostRevenue // 4500
 */
export function estimateCost(inputs: ImpactInputs): CostEstimate {
  return { ...costFiguresOf(inputs), formula: costFormulaOf(inputs) };
}

/** The estimate without its formula: what totals over thousands of incidents need. */
export function costFiguresOf(inputs: ImpactInputs): Omit<CostEstimate, 'formula'> {
  const lostRevenue =
    inputs.durationMinutes === null
      ? 0
      : cents((inputs.revenuePerHour * inputs.durationMinutes * inputs.impactFraction) / 60);
  const responderCost = cents(inputs.responderHours * inputs.hourlyRate);
  const slaCredits = cents(inputs.slaCredits);
  const total = cents(lostRevenue + responderCost + slaCredits);
  return { total, parts: { lostRevenue, responderCost, slaCredits }, currency: inputs.currency };
}

/** Every input and intermediate figure of the estimate, as text. */
export function costFormulaOf(inputs: ImpactInputs): string {
  const {
    total,
    parts: { lostRevenue, responderCost, slaCredits },
  } = costFiguresOf(inputs);
  const { currency: c } = inputs;
  const revenueText =
    inputs.durationMinutes === null
      ? `lost revenue = 0.00 ${c} (duration unknown)`
      : `lost revenue = ${money(inputs.revenuePerHour)} ${c}/h × ${inputs.durationMinutes} min ÷ 60 × ${inputs.impactFraction} = ${money(lostRevenue)} ${c}`;
  return [
    revenueText,
    `responder cost = ${inputs.responderHours} h × ${money(inputs.hourlyRate)} ${c}/h = ${money(responderCost)} ${c}`,
    `SLA credits = ${money(slaCredits)} ${c}`,
    `total = ${money(total)} ${c}`,
  ].join('; ');
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `12,000.50`: fixed grouping so the text is the same on every server locale. */
function money(value: number): string {
  const [whole, fraction] = value.toFixed(2).split('.') as [string, string];
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}
