/** @module Hand-written SVG bar charts for reports: no dependency, readable in any browser, text escaped. */

export interface BarDatum {
  label: string;
  value: number | null;
}

const WIDTH = 560;
const HEIGHT = 220;
const MARGIN = { top: 28, right: 12, bottom: 36, left: 56 };

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value)!;
  return step * power;
}

/**
 * A vertical bar chart with a title, a zero-based axis with its maximum labelled, and each bar's
 * value above it; a missing value is drawn as "n/a" rather than as zero.
 */
export function barChartSvg(
  title: string,
  data: readonly BarDatum[],
  format: (value: number) => string = String,
): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = niceMax(Math.max(0, ...data.map((d) => d.value ?? 0)));
  const slot = plotWidth / Math.max(1, data.length);
  const barWidth = Math.max(4, slot * 0.6);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeXml(title)}" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="${MARGIN.left}" y="16" font-size="13" font-weight="600">${escapeXml(title)}</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotHeight}" x2="${WIDTH - MARGIN.right}" y2="${MARGIN.top + plotHeight}" stroke="#555"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + plotHeight}" stroke="#555"/>`,
    `<text x="${MARGIN.left - 6}" y="${MARGIN.top + 4}" text-anchor="end">${escapeXml(format(max))}</text>`,
    `<text x="${MARGIN.left - 6}" y="${MARGIN.top + plotHeight}" text-anchor="end">0</text>`,
  ];
  data.forEach((datum, i) => {
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    const centre = (x + barWidth / 2).toFixed(1);
    const labelY = MARGIN.top + plotHeight + 14;
    parts.push(
      `<text x="${centre}" y="${labelY}" text-anchor="middle">${escapeXml(datum.label)}</text>`,
    );
    if (datum.value === null) {
      parts.push(
        `<text x="${centre}" y="${MARGIN.top + plotHeight - 4}" text-anchor="middle" fill="#888">n/a</text>`,
      );
      return;
    }
    const height = (datum.value / max) * plotHeight;
    const y = MARGIN.top + plotHeight - height;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="#3b6ea5"><title>${escapeXml(`${datum.label}: ${format(datum.value)}`)}</title></rect>`,
      `<text x="${centre}" y="${(y - 4).toFixed(1)}" text-anchor="middle">${escapeXml(format(datum.value))}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
