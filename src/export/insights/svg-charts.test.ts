import { describe, expect, it } from 'vitest';
import { barChartSvg, escapeXml } from './svg-charts.js';

describe('barChartSvg', () => {
  const svg = barChartSvg('Incidents <per> month', [
    { label: '2026-07', value: 4 },
    { label: '2026-08', value: 8 },
    { label: '2026-09', value: null },
  ]);

  it('scales bars to a rounded maximum and labels each value', () => {
    // Maximum 8 rounds up to 10: the plot is 156 px high, so 8 is 124.8 px.
    expect(svg).toContain('height="124.8" fill="#3b6ea5"><title>2026-08: 8</title>');
    expect(svg).toContain('text-anchor="end">10</text>');
  });

  it('marks a missing value n/a instead of drawing a zero bar', () => {
    expect(svg.match(/<rect/g)).toHaveLength(2);
    expect(svg).toContain('fill="#888">n/a</text>');
  });

  it('escapes the title', () => {
    expect(svg).toContain('<title>Incidents &lt;per&gt; month</title>');
    expect(escapeXml(`a&"b'`)).toBe('a&amp;&quot;b&#39;');
  });
});
