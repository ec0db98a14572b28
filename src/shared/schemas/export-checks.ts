/** @module The checks of an export document that no field schema can make: ids, keys and names that must not repeat. */
import type { ExportPolicy, ExportReview, ExportTemplates } from './export-reviews.js';

/** What the checks look at; version 1 documents have no reviews or settings. */
interface CheckedDocument {
  workspace: { nextIncidentNumber: number };
  services: { id: string; name: string }[];
  incidents: {
    id: string;
    key: string;
    services: string[];
    tags: string[];
    events: { id: string; originKey?: string }[];
    review?: ExportReview | null;
  }[];
  reviewTemplates?: ExportTemplates;
  policies?: ExportPolicy[];
  auditLog: { id: string }[];
}

type Report = (path: (string | number)[], message: string) => void;

// The database enforces most of these too, but a failed constraint deep in an import tells nobody
// which line is wrong; a repeated origin key would even be dropped silently.
export function checkExportReferences(document: CheckedDocument, report: Report): void {
  const firstSeen = (scope: Map<string, string>, value: string, where: string) => {
    const earlier = scope.get(value);
    if (earlier === undefined) scope.set(value, where);
    return earlier;
  };
  const serviceIds = new Map<string, string>();
  const names = new Map<string, string>();
  document.services.forEach((service, i) => {
    const idTwice = firstSeen(serviceIds, service.id, `services.${i}`);
    if (idTwice) report(['services', i, 'id'], `repeats the id of ${idTwice}`);
    const nameTwice = firstSeen(names, service.name, `services.${i}`);
    if (nameTwice) report(['services', i, 'name'], `repeats the name of ${nameTwice}`);
  });
  const incidentIds = new Map<string, string>();
  const eventIds = new Map<string, string>();
  const keys = new Map<string, string>();
  const numbers = new Map<string, string>();
  const reviewIds = new Map<string, string>();
  const itemIds = new Map<string, string>();
  document.incidents.forEach((incident, i) => {
    const idTwice = firstSeen(incidentIds, incident.id, `incidents.${i}`);
    if (idTwice) report(['incidents', i, 'id'], `repeats the id of ${idTwice}`);
    const keyTwice = firstSeen(keys, incident.key, `incidents.${i}`);
    if (keyTwice) report(['incidents', i, 'key'], `repeats the key of ${keyTwice}`);
    const number = incidentNumberOf(incident.key);
    const numberTwice = firstSeen(numbers, String(number), `incidents.${i}`);
    if (numberTwice) report(['incidents', i, 'key'], `repeats the number of ${numberTwice}`);
    if (number >= document.workspace.nextIncidentNumber) {
      report(
        ['incidents', i, 'key'],
        `number ${number} is not below workspace.nextIncidentNumber (${document.workspace.nextIncidentNumber})`,
      );
    }
    for (const field of ['services', 'tags'] as const) {
      const seen = new Set<string>();
      incident[field].forEach((label, j) => {
        if (seen.has(label)) report(['incidents', i, field, j], `repeats "${label}"`);
        seen.add(label);
      });
    }
    const originKeys = new Map<string, string>();
    incident.events.forEach((event, j) => {
      const eventTwice = firstSeen(eventIds, event.id, `incidents.${i}.events.${j}`);
      if (eventTwice)
        report(['incidents', i, 'events', j, 'id'], `repeats the id of ${eventTwice}`);
      if (event.originKey === undefined) return;
      const originTwice = firstSeen(originKeys, event.originKey, `incidents.${i}.events.${j}`);
      if (originTwice) {
        report(
          ['incidents', i, 'events', j, 'originKey'],
          `repeats the origin key of ${originTwice}`,
        );
      }
    });
    const review = incident.review;
    if (!review) return;
    const reviewTwice = firstSeen(reviewIds, review.id, `incidents.${i}.review`);
    if (reviewTwice) report(['incidents', i, 'review', 'id'], `repeats the id of ${reviewTwice}`);
    review.actionItems.forEach((item, j) => {
      const where = `incidents.${i}.review.actionItems.${j}`;
      const itemTwice = firstSeen(itemIds, item.id, where);
      if (itemTwice) {
        report(
          ['incidents', i, 'review', 'actionItems', j, 'id'],
          `repeats the id of ${itemTwice}`,
        );
      }
    });
  });
  const templateIds = new Map<string, string>();
  document.reviewTemplates?.templates.forEach((template, i) => {
    const twice = firstSeen(templateIds, template.id, `reviewTemplates.templates.${i}`);
    if (twice) report(['reviewTemplates', 'templates', i, 'id'], `repeats the id of ${twice}`);
  });
  const severities = new Map<string, string>();
  document.policies?.forEach((policy, i) => {
    const twice = firstSeen(severities, policy.severity, `policies.${i}`);
    if (twice) report(['policies', i, 'severity'], `repeats the severity of ${twice}`);
  });
  const auditIds = new Set<string>();
  document.auditLog.forEach((entry, i) => {
    if (auditIds.has(entry.id)) report(['auditLog', i, 'id'], 'repeats an earlier audit id');
    auditIds.add(entry.id);
  });
}

/** The number in an incident key: 42 for `INC-42`. */
export function incidentNumberOf(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}
