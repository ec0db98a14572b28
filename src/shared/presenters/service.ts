/** @module The public view of a catalog service. */
import type { Service } from '../../domain/service.js';

export function presentService(service: Service) {
  return {
    name: service.name,
    owningTeam: service.owningTeam,
    sloTarget: service.sloTarget,
    sloWindowDays: service.sloWindowDays,
    revenuePerHour: service.revenuePerHour,
    tags: service.tags,
    version: service.version,
    createdAt: service.createdAt,
    updatedAt: service.updatedAt,
  };
}
