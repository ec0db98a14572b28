/** @module Demo data for a new installation: a small catalog and two resolved incidents to explore. */
import { epochMsOf, type Instant, instantFromEpochMs } from '../domain/instant.js';
import type { UseCaseContext } from './context.js';
import { PAYMENTS_OUTAGE } from './demo-data-payments.js';
import { playDemoScript } from './demo-data-script.js';
import { SEARCH_INDEXING_DELAY } from './demo-data-search.js';
import { createService, type ServiceCreate } from './services.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const DEMO_SERVICES: ServiceCreate[] = [
  {
    name: 'payment-gateway',
    owningTeam: 'Payments Platform',
    sloTarget: 0.9995,
    revenuePerHour: 42_000,
    tags: ['tier-1', 'pci'],
  },
  {
    name: 'checkout',
    owningTeam: 'Web Storefront',
    sloTarget: 0.999,
    revenuePerHour: 42_000,
    tags: ['tier-1', 'customer-facing'],
  },
  {
    name: 'fraud-scoring',
    owningTeam: 'Risk Engineering',
    sloTarget: 0.999,
    revenuePerHour: 42_000,
    tags: ['tier-1', 'internal'],
  },
  {
    name: 'product-catalog',
    owningTeam: 'Catalog',
    sloTarget: 0.999,
    revenuePerHour: 6_500,
    tags: ['tier-2'],
  },
  {
    name: 'search-indexer',
    owningTeam: 'Discovery',
    sloTarget: 0.995,
    sloWindowDays: 28,
    revenuePerHour: 1_800,
    tags: ['tier-2', 'internal'],
  },
];

/**
 * Seeds the catalog and two resolved incidents through the use cases, so the data obeys the same
 * rules as user input. Times sit at fixed offsets from midnight UTC some weeks before now, so the
 * demo reads the same whenever it is created.
 */
export async function seedDemoData(ctx: UseCaseContext): Promise<void> {
  const today = Math.floor(epochMsOf(ctx.clock()) / DAY_MS) * DAY_MS;
  const at = (days: number, hours: number) =>
    instantFromEpochMs(today - days * DAY_MS + hours * HOUR_MS);
  let catalogMs = epochMsOf(at(60, 9));
  const catalog: UseCaseContext = {
    ...ctx,
    clock: () => instantFromEpochMs(catalogMs++) as Instant,
  };
  for (const service of DEMO_SERVICES) await createService(catalog, service);
  await playDemoScript(ctx, PAYMENTS_OUTAGE, at(24, 13 + 58 / 60));
  await playDemoScript(ctx, SEARCH_INDEXING_DELAY, at(10, 15 + 10 / 60));
}
