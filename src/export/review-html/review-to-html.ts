/** @module A review as one standalone, printable HTML page: inline CSS, no scripts, no external requests. */
import type { ReviewDocument } from '../review-document.js';
import { escapeHtml as e, paragraphsHtml } from './escape-html.js';
import {
  actionItemsHtml,
  factorsHtml,
  impactHtml,
  lessonsHtml,
  meetingHtml,
  milestonesHtml,
  timelineHtml,
  whyTreesHtml,
} from './review-html-sections.js';
import { REVIEW_HTML_STYLE } from './review-html-style.js';

/** Every text is escaped; the page's CSP forbids scripts and any fetch, so it opens safely offline. */
export function reviewToHtml(doc: ReviewDocument): string {
  const { incident, review, timeline } = doc;
  const zone = incident.timeZone;
  const people = incident.roles.map(
    ({ role, person }) => `${e(person)} (${e(role.replace(/_/g, ' '))})`,
  );
  const section = (title: string, body: string) =>
    `<section><h2>${title}</h2>\n${body}\n</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(`${incident.key}: ${incident.title} — post-incident review`)}</title>
<style>${REVIEW_HTML_STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${e(incident.key)}: ${e(incident.title)}</h1>
<p class="meta"><span class="badge sev">${e(incident.severity)}</span><span class="badge">${e(incident.status)}</span><span class="badge">review ${e(review.status.replace('_', ' '))}</span>${incident.services.map((s) => `<span class="badge">${e(s)}</span>`).join('')}</p>
<p class="meta">Written by ${review.authors.length === 0 ? 'nobody yet' : review.authors.map(e).join(', ')}. Times are in ${e(zone)}.${people.length === 0 ? '' : ` Roles: ${people.join(', ')}.`}</p>
</header>
${section('Summary', paragraphsHtml(review.summary) || '<p class="empty">No summary yet.</p>')}
${section('Impact', `${paragraphsHtml(incident.customerImpact)}\n${impactHtml(review.impact)}\n${milestonesHtml(incident.milestones, zone)}`)}
${section('Timeline', timelineHtml(timeline, zone))}
${section('Why-trees', whyTreesHtml(review.whyTrees))}
${section('Contributing factors', factorsHtml(review.factors, review.actionItems))}
${section('Action items', actionItemsHtml(review.actionItems, zone))}
${section('Lessons', lessonsHtml(review.lessons))}
${section('Meeting', meetingHtml(review.meeting, zone))}
<footer>Blameless post-incident review exported from Hindsight.</footer>
</main>
</body>
</html>
`;
}
