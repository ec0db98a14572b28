/** @module Demo incident: search results fell hours behind the catalog after a schema migration. */
import type { DemoIncidentScript } from './demo-data-script.js';

const LAG_DASHBOARD = 'https://example.com/grafana/d/search-indexer-lag';

export const SEARCH_INDEXING_DELAY: DemoIncidentScript = {
  incident: {
    title: 'Search results lagged hours behind catalog edits after a schema migration',
    severity: 'SEV3',
    services: ['search-indexer', 'product-catalog'],
    tags: ['migration', 'change-data-capture', 'freshness'],
    summary:
      'A catalog migration added a column with a default value to the products table. The ' +
      'change-data-capture stream treats that as an update to every row, so about two million ' +
      'change events reached the search indexer at once. The indexer processed them at its usual ' +
      'rate and new edits waited behind them. The lag alert only fired after six hours, so a ' +
      'merchant noticed first.',
    customerImpact:
      'For about two and a half hours, new products and price changes took up to two hours to show ' +
      'in search. Search stayed available and orders were charged the correct catalog price.',
    roles: [
      { role: 'incident_commander', person: 'Mateo Silva' },
      { role: 'comms_lead', person: 'Noor Haddad' },
    ],
    participants: [
      { name: 'Mateo Silva', team: 'engineering' },
      { name: 'Aiko Tanaka', team: 'engineering' },
      { name: 'Noor Haddad', team: 'support' },
      { name: 'Hannah Lee', team: 'product' },
      { name: 'Chris Patel', team: 'sales' },
    ],
    timeZone: 'America/New_York',
  },
  declaredAtMinute: 125,
  milestones: {
    impactStarted: 6,
    detected: 95,
    acknowledged: 118,
    customersNotified: 175,
    mitigated: 171,
    resolved: 240,
  },
  mitigatedAtMinute: 171,
  resolvedAtMinute: 240,
  events: [
    {
      minute: 0,
      kind: 'deploy',
      text: 'product-catalog migration 0142 applied: adds a "visibility" column with a default value to the products table.',
      actor: 'Aiko Tanaka',
      source: 'ci',
      links: [
        { url: 'https://example.com/git/product-catalog/pull/2211', title: 'Migration 0142' },
      ],
    },
    {
      minute: 3,
      kind: 'metric',
      text: 'Change-data-capture stream emits 2.1 million product updates in 20 minutes; it usually carries about 4,000 an hour.',
      source: 'prometheus',
    },
    {
      minute: 6,
      kind: 'impact',
      text: 'New products and price edits stop appearing in search; existing results are still served.',
      highlight: true,
    },
    {
      minute: 20,
      kind: 'alert',
      text: 'CdcThroughputHigh fires as a warning in the catalog team channel; warnings there do not page anyone.',
      source: 'alertmanager',
    },
    {
      minute: 25,
      kind: 'metric',
      text: 'Indexer queue passes one million messages while indexing holds steady at about 900 messages a second.',
      source: 'prometheus',
      links: [{ url: LAG_DASHBOARD, title: 'Indexer lag' }],
    },
    {
      minute: 48,
      kind: 'note',
      text: 'The indexer lag alert is set to six hours, a value chosen when nightly full re-indexing was normal, so it stays silent.',
      highlight: true,
    },
    {
      minute: 95,
      kind: 'communication',
      text: 'A merchant writes to support: a price drop published an hour ago still shows the old price in search.',
      actor: 'Noor Haddad',
      source: 'helpdesk',
      links: [{ url: 'https://example.com/helpdesk/tickets/48213' }],
    },
    {
      minute: 102,
      kind: 'external',
      text: "The merchant's account manager relays that their weekend promotion starts in four hours and depends on the new prices.",
      actor: 'Chris Patel',
    },
    {
      minute: 110,
      kind: 'communication',
      text: 'Support escalates to the discovery on-call through the escalation form.',
      actor: 'Noor Haddad',
    },
    {
      minute: 118,
      kind: 'action',
      text: 'Discovery on-call acknowledges and measures the indexer lag at one hour fifty minutes.',
      actor: 'Mateo Silva',
      links: [{ url: LAG_DASHBOARD, title: 'Indexer lag' }],
    },
    {
      minute: 125,
      kind: 'decision',
      text: 'Declared as SEV3: search is available and only freshness suffers. No status page post; support answers affected merchants directly.',
      actor: 'Mateo Silva',
    },
    {
      minute: 131,
      kind: 'action',
      text: 'Queue growth lines up with the time migration 0142 ran; almost every queued event changes only the new column.',
      actor: 'Mateo Silva',
      highlight: true,
    },
    {
      minute: 140,
      kind: 'decision',
      text: 'Chose to skip events that change only "visibility" rather than add indexer capacity, which would need about three hours to drain the queue.',
      actor: 'Mateo Silva',
      highlight: true,
    },
    {
      minute: 152,
      kind: 'deploy',
      text: 'search-indexer deployed with a filter that drops change events touching only "visibility".',
      actor: 'Aiko Tanaka',
      source: 'ci',
      links: [
        {
          url: 'https://example.com/git/search-indexer/pull/987',
          title: 'Skip visibility-only changes',
        },
      ],
    },
    {
      minute: 160,
      kind: 'metric',
      text: 'Queue drains at about 40,000 messages a second with the filter in place.',
      source: 'prometheus',
    },
    {
      minute: 171,
      kind: 'metric',
      text: 'Indexer lag back under two minutes.',
      source: 'prometheus',
      highlight: true,
      links: [{ url: LAG_DASHBOARD, title: 'Indexer lag' }],
    },
    {
      minute: 175,
      kind: 'communication',
      text: 'Support answers the merchant and the two other tickets about stale prices that arrived meanwhile.',
      actor: 'Noor Haddad',
    },
    {
      minute: 182,
      kind: 'note',
      text: 'Checkout reads prices from the catalog, not from search, so every order was charged the current price.',
      actor: 'Hannah Lee',
    },
    {
      minute: 190,
      kind: 'action',
      text: 'Spot-checked 50 recently edited products: all show current data in search.',
      actor: 'Aiko Tanaka',
    },
    {
      minute: 200,
      kind: 'external',
      text: 'The merchant confirms the promotion prices now show in search.',
      actor: 'Chris Patel',
    },
    {
      minute: 215,
      kind: 'action',
      text: 'Indexer lag alert lowered from six hours to fifteen minutes until the review settles a value.',
      actor: 'Mateo Silva',
    },
    {
      minute: 230,
      kind: 'note',
      text: 'The migration guide does not mention that a column default rewrites every row in the change stream; nothing in review or CI flagged it.',
      actor: 'Aiko Tanaka',
      highlight: true,
    },
    {
      minute: 240,
      kind: 'decision',
      text: 'Incident resolved. The review will cover migration checks for change-stream volume and the lag alert threshold.',
      actor: 'Mateo Silva',
    },
    {
      minute: 245,
      kind: 'communication',
      text: 'Summary posted in the engineering announcements channel.',
      actor: 'Mateo Silva',
    },
  ],
};
