/** @module Demo incident: card payments failed while an internal client certificate had expired. */
import type { DemoIncidentScript } from './demo-data-script.js';

const DASHBOARD = 'https://example.com/grafana/d/payments-overview';
const RUNBOOK = 'https://example.com/wiki/runbooks/internal-ca-certificates';

export const PAYMENTS_OUTAGE: DemoIncidentScript = {
  incident: {
    title: 'Card payments declined while an internal client certificate had expired',
    severity: 'SEV1',
    services: ['payment-gateway', 'checkout', 'fraud-scoring'],
    tags: ['tls', 'certificates', 'dependency', 'payments'],
    summary:
      'The payment gateway authenticates to the fraud-scoring service with a client certificate ' +
      'from the internal certificate authority. That certificate was issued by hand a year earlier ' +
      'and our renewal automation only covered public certificates, so nothing renewed it or warned ' +
      'before it expired. Once it expired, every fraud check failed, and the gateway declines a ' +
      'payment it cannot score. Renewing the certificate and rolling it out restored payments.',
    customerImpact:
      'For about 41 minutes most card payments at checkout were declined with "payment could not be ' +
      'processed". Wallet payments kept working. Support received around 140 chats and calls.',
    roles: [
      { role: 'incident_commander', person: 'Priya Raman' },
      { role: 'comms_lead', person: 'Lea Fischer' },
      { role: 'scribe', person: 'Tomás Ortega' },
    ],
    participants: [
      { name: 'Priya Raman', team: 'engineering' },
      { name: 'Tomás Ortega', team: 'engineering' },
      { name: 'Daniel Brandt', team: 'engineering' },
      { name: 'Lea Fischer', team: 'support' },
      { name: 'Jonas Weber', team: 'support' },
      { name: 'Elena Costa', team: 'sales' },
      { name: 'Sam Okafor', team: 'product' },
    ],
    timeZone: 'Europe/Berlin',
  },
  declaredAtMinute: 10,
  milestones: {
    impactStarted: 0,
    detected: 4,
    acknowledged: 7,
    customersNotified: 18,
    mitigated: 41,
    resolved: 78,
  },
  mitigatedAtMinute: 41,
  resolvedAtMinute: 78,
  events: [
    {
      minute: 0,
      kind: 'metric',
      text: 'Card authorisation success rate falls from 97% to 12% within two minutes.',
      source: 'prometheus',
      links: [{ url: DASHBOARD, title: 'Payments overview' }],
    },
    {
      minute: 1,
      kind: 'impact',
      text: 'Checkout starts showing "payment could not be processed" for card payments; wallet payments are unaffected.',
    },
    {
      minute: 4,
      kind: 'alert',
      text: 'PaymentAuthorisationSuccessLow fires for payment-gateway (below 80% for 3 minutes) and pages the payments on-call.',
      source: 'alertmanager',
      highlight: true,
      links: [{ url: 'https://example.com/alertmanager/alerts/payment-auth-success-low' }],
    },
    {
      minute: 5,
      kind: 'alert',
      text: 'fraud-scoring reports TLS handshake failures on inbound connections. The alert is routed to a non-paging channel, so nobody sees it for 19 minutes.',
      source: 'alertmanager',
      highlight: true,
    },
    {
      minute: 7,
      kind: 'action',
      text: 'Payments on-call acknowledges the page and opens the incident channel.',
      actor: 'Priya Raman',
    },
    {
      minute: 9,
      kind: 'communication',
      text: 'Support reports a sudden rise in chats about declined cards, mostly from returning customers.',
      actor: 'Jonas Weber',
    },
    {
      minute: 10,
      kind: 'decision',
      text: 'Incident declared as SEV1: most card payments fail. Priya takes incident command, Lea leads communication.',
      actor: 'Priya Raman',
    },
    {
      minute: 12,
      kind: 'action',
      text: 'Checked recent changes: the last payment-gateway deploy was two days ago and no configuration changed in the last 24 hours.',
      actor: 'Tomás Ortega',
    },
    {
      minute: 14,
      kind: 'external',
      text: 'The card processor status page shows all systems operational; their test endpoint accepts our requests.',
      source: 'statuspage',
      links: [{ url: 'https://example.com/processor-status', title: 'Card processor status' }],
    },
    {
      minute: 16,
      kind: 'note',
      text: 'Gateway logs show "certificate has expired" on every call to fraud-scoring. The gateway declines payments it cannot score, by design.',
      actor: 'Tomás Ortega',
      highlight: true,
      links: [{ url: 'https://example.com/logs/payment-gateway?q=certificate+expired' }],
    },
    {
      minute: 18,
      kind: 'communication',
      text: 'Status page: "Some card payments are failing. We are investigating and will update within 30 minutes."',
      actor: 'Lea Fischer',
      source: 'statuspage',
      links: [{ url: 'https://example.com/status/incidents/card-payments' }],
    },
    {
      minute: 21,
      kind: 'decision',
      text: 'Considered letting payments through without a fraud score. Rejected: it would approve unscored payments above the risk limits agreed with finance. Renewing the certificate instead.',
      actor: 'Priya Raman',
      highlight: true,
    },
    {
      minute: 24,
      kind: 'action',
      text: 'Risk Engineering on-call joins and confirms the client certificate expired at the minute the failures began, one year after it was issued by hand.',
      actor: 'Daniel Brandt',
    },
    {
      minute: 29,
      kind: 'action',
      text: 'New client certificate issued from the internal certificate authority, following the manual runbook.',
      actor: 'Daniel Brandt',
      links: [{ url: RUNBOOK, title: 'Internal CA runbook' }],
    },
    {
      minute: 33,
      kind: 'deploy',
      text: 'payment-gateway redeployed to one canary pod with the renewed certificate.',
      actor: 'Tomás Ortega',
      source: 'ci',
    },
    {
      minute: 36,
      kind: 'metric',
      text: 'Authorisation success on the canary pod is back at 97%.',
      source: 'prometheus',
      links: [{ url: DASHBOARD, title: 'Payments overview' }],
    },
    {
      minute: 38,
      kind: 'deploy',
      text: 'Renewed certificate rolled out to every payment-gateway pod.',
      actor: 'Tomás Ortega',
      source: 'ci',
    },
    {
      minute: 41,
      kind: 'metric',
      text: 'Overall authorisation success recovers to 96%; the retry queue is draining.',
      source: 'prometheus',
      highlight: true,
    },
    {
      minute: 45,
      kind: 'communication',
      text: 'Status page: "A fix is in place and card payments are recovering. Customers can retry their order."',
      actor: 'Lea Fischer',
      source: 'statuspage',
    },
    {
      minute: 52,
      kind: 'communication',
      text: 'Two enterprise merchants asked for a written incident report; their account managers will send it once the review is published.',
      actor: 'Elena Costa',
    },
    {
      minute: 60,
      kind: 'action',
      text: 'Listed every certificate from the internal authority: three more, issued the same manual way, expire within 60 days.',
      actor: 'Daniel Brandt',
      highlight: true,
    },
    {
      minute: 75,
      kind: 'metric',
      text: 'Success rate steady at its usual level for 30 minutes; retry queue empty.',
      source: 'prometheus',
    },
    {
      minute: 78,
      kind: 'decision',
      text: 'Incident resolved. Review scheduled with payments, risk engineering, support and product.',
      actor: 'Priya Raman',
    },
    {
      minute: 80,
      kind: 'communication',
      text: 'Status page marked resolved; support sends affected customers a note inviting them to retry.',
      actor: 'Lea Fischer',
    },
    {
      minute: 95,
      kind: 'note',
      text: 'About a third of the declined orders were completed by the same customers within the hour; product will look at recovering the rest through the abandoned-cart email.',
      actor: 'Sam Okafor',
    },
  ],
};
