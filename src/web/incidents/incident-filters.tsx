/** @module The filter bar of the incident list: severity, status, service, tag, text and sort order. */
import {
  type IncidentFilters,
  SEVERITIES,
  STATUS_LABELS,
  STATUSES,
  useServices,
} from '../client/index.js';
import type { IncidentSort } from './sort-incidents.js';

export const NO_FILTERS: IncidentFilters = {
  severity: '',
  status: '',
  service: '',
  tag: '',
  q: '',
};

export function IncidentFilterBar({
  filters,
  sort,
  needsReviewOnly,
  onFilters,
  onSort,
  onNeedsReviewOnly,
}: {
  filters: IncidentFilters;
  sort: IncidentSort;
  needsReviewOnly: boolean;
  onFilters: (filters: IncidentFilters) => void;
  onSort: (sort: IncidentSort) => void;
  onNeedsReviewOnly: (only: boolean) => void;
}) {
  const services = useServices();
  const set = (name: keyof IncidentFilters) => (value: string) =>
    onFilters({ ...filters, [name]: value });
  return (
    <search className="filter-bar" aria-label="Filter incidents">
      <label className="field grow">
        <span>Search</span>
        <input
          type="search"
          value={filters.q}
          onChange={(event) => set('q')(event.target.value)}
          placeholder="Title, summary or impact"
        />
      </label>
      <label className="field">
        <span>Severity</span>
        <select value={filters.severity} onChange={(event) => set('severity')(event.target.value)}>
          <option value="">Any</option>
          {SEVERITIES.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Status</span>
        <select value={filters.status} onChange={(event) => set('status')(event.target.value)}>
          <option value="">Any</option>
          {STATUSES.map((name) => (
            <option key={name} value={name}>
              {STATUS_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Service</span>
        <select value={filters.service} onChange={(event) => set('service')(event.target.value)}>
          <option value="">Any</option>
          {(services.data ?? []).map((service) => (
            <option key={service.name}>{service.name}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Tag</span>
        <input
          value={filters.tag}
          onChange={(event) => set('tag')(event.target.value)}
          placeholder="payments"
        />
      </label>
      <label className="field">
        <span>Sort</span>
        <select value={sort} onChange={(event) => onSort(event.target.value as IncidentSort)}>
          <option value="newest">Newest first</option>
          <option value="severity">Most severe first</option>
        </select>
      </label>
      <label className="checkbox filter-check">
        <input
          type="checkbox"
          checked={needsReviewOnly}
          onChange={(event) => onNeedsReviewOnly(event.target.checked)}
        />
        Needs review
      </label>
    </search>
  );
}
