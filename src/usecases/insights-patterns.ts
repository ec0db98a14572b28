/** @module Pattern insights: hour, weekday, deploy window, factor categories and detection source, each tested against its baseline. */
import {
  anchorOf,
  buildCalendarInputs,
  buildDeployWindowInput,
  buildDetectionSourceInput,
  buildFactorCategoryInputs,
  classifyDetectionSource,
  type DetectionSource,
  findPeriodIndex,
  PATTERN_METHOD,
  type ServiceFactors,
  testPatterns,
  topCounts,
} from '../domain/insights/index.js';
import { epochMsOf, instantFromEpochMs } from '../domain/instant.js';
import { type FactsRange, listInsightFacts } from '../storage/insight-facts.js';
import {
  listDeployInstants,
  listDetectionEvents,
  listIncidentTagFacts,
} from '../storage/insights.js';
import type { UseCaseContext } from './context.js';
import { canSeePrivate } from './incidents.js';
import { buildPeriodsOf, type InsightQuery } from './insights.js';

const DAY_MS = 86_400_000;

/** Every pattern of `[from, to)` with its test, the top factors and triggers per service, and detection by period. */
export async function getPatternInsights(ctx: UseCaseContext, query: InsightQuery) {
  const db = ctx.database.db;
  const span = epochMsOf(query.to) - epochMsOf(query.from);
  const previousFrom = instantFromEpochMs(epochMsOf(query.from) - span);
  const range: FactsRange = {
    since: previousFrom,
    until: query.to,
    includePrivate: canSeePrivate(ctx),
  };
  const [{ incidents: all, reviews }, tags, deploys] = await Promise.all([
    // Patterns look at incidents and their reviews only.
    listInsightFacts(db, ctx.workspace.id, range, { withItems: false }),
    listIncidentTagFacts(db, ctx.workspace.id, range),
    listDeployInstants(
      db,
      ctx.workspace.id,
      instantFromEpochMs(epochMsOf(query.from) - DAY_MS),
      query.to,
    ),
  ]);
  const live = all.filter((i) => i.status !== 'cancelled');
  const current = live.filter((i) => anchorOf(i) >= query.from);
  const previous = live.filter((i) => anchorOf(i) < query.from);
  const events = await listDetectionEvents(
    db,
    ctx.workspace.id,
    live.map((i) => i.id),
  );
  const sourceOf = (id: string): DetectionSource => classifyDetectionSource(events.get(id) ?? []);

  const perService = new Map<string, ServiceFactors>();
  for (const incident of current) {
    const categories = new Set((reviews.get(incident.id)?.factors ?? []).map((f) => f.category));
    for (const service of new Set(incident.services)) {
      const entry = perService.get(service) ?? { service, categories: {}, triggers: {} };
      for (const category of categories)
        entry.categories[category] = (entry.categories[category] ?? 0) + 1;
      for (const tag of tags.get(incident.id) ?? [])
        entry.triggers[tag] = (entry.triggers[tag] ?? 0) + 1;
      perService.set(service, entry);
    }
  }
  const services = [...perService.values()].sort((a, b) => a.service.localeCompare(b.service));
  const currentSources = current.map((i) => sourceOf(i.id));
  const { patterns, tests } = testPatterns([
    ...buildCalendarInputs(current.map(anchorOf), query.from, query.to, query.zone),
    buildDeployWindowInput(
      current
        .filter((i) => i.services.length > 0)
        .map((i) => ({ start: anchorOf(i), service: i.services[0]! })),
      deploys,
      query.from,
      query.to,
    ),
    ...buildFactorCategoryInputs(services),
    buildDetectionSourceInput(
      currentSources,
      previous.map((i) => sourceOf(i.id)),
    ),
  ]);

  const periods = buildPeriodsOf(query);
  const detectionByPeriod = periods.map((p) => ({
    period: p.key,
    alert: 0,
    customerReport: 0,
    personNoticed: 0,
    unknown: 0,
  }));
  current.forEach((incident, i) => {
    const index = findPeriodIndex(periods, anchorOf(incident));
    if (index !== -1) detectionByPeriod[index]![currentSources[i]!] += 1;
  });
  return {
    range: { from: query.from, to: query.to, zone: query.zone },
    method: PATTERN_METHOD,
    patterns,
    tests,
    byService: services.map((s) => ({
      service: s.service,
      topFactorCategories: topCounts(s.categories, 5),
      topTriggers: topCounts(s.triggers, 5),
    })),
    detectionByPeriod,
  };
}
