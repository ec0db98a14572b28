/** @module Choose the zone every time on the page is shown in: UTC, the browser's, or the incident's. */
import { browserZone } from '../lib/zoned-time.js';

export function zoneChoices(incidentZone: string): { zone: string; label: string }[] {
  const choices = [{ zone: 'UTC', label: 'UTC' }];
  const mine = browserZone();
  if (incidentZone !== 'UTC')
    choices.push({ zone: incidentZone, label: `${incidentZone} (incident)` });
  if (mine !== 'UTC' && mine !== incidentZone)
    choices.push({ zone: mine, label: `${mine} (yours)` });
  if (incidentZone === 'UTC') choices[0] = { zone: 'UTC', label: 'UTC (incident)' };
  return choices;
}

export function ZoneSwitcher({
  zone,
  incidentZone,
  onChange,
}: {
  zone: string;
  incidentZone: string;
  onChange: (zone: string) => void;
}) {
  return (
    <label className="zone-switcher">
      <span>Times in</span>
      <select value={zone} onChange={(event) => onChange(event.target.value)}>
        {zoneChoices(incidentZone).map((choice) => (
          <option key={choice.zone} value={choice.zone}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}
