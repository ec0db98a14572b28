/** @module A small hand-drawn SVG bar chart: groups of bars per period, an optional mark per bar, a legend in words. */
import { useId } from 'react';
import { type ChartScale, scaleValue } from './chart-scale.js';

export interface BarSeries {
  key: string;
  label: string;
}

export interface BarValue {
  value: number;
  /** Drawn as a short line across the bar, e.g. the 90th percentile over a median bar. */
  mark?: number | null;
  /** What a pointer hover shows. */
  title: string;
}

export interface BarGroup {
  label: string;
  /** Shown under the label, e.g. `partial`. */
  note?: string;
  /** One per series, in series order; null draws nothing. */
  values: (BarValue | null)[];
}

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 64;
const BOTTOM = 36;
const TOP = 8;

export function BarChart({
  label,
  series,
  groups,
  scale,
  formatTick,
  markLabel,
}: {
  label: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
  scale: ChartScale;
  formatTick: (value: number) => string;
  markLabel?: string;
}) {
  const titleId = useId();
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const groupWidth = (WIDTH - LEFT - 8) / Math.max(1, groups.length);
  const barWidth = Math.min(28, (groupWidth * 0.8) / Math.max(1, series.length));
  const y = (value: number) => TOP + plotHeight - scaleValue(value, scale.max, plotHeight);
  return (
    <figure className="bar-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{label}</title>
        {scale.ticks.map((tick) => (
          <g key={tick} className="chart-tick">
            <line x1={LEFT} x2={WIDTH - 8} y1={y(tick)} y2={y(tick)} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {groups.map((group, g) => {
          const start = LEFT + g * groupWidth + (groupWidth - barWidth * series.length) / 2;
          return (
            <g key={group.label}>
              {group.values.map((bar, s) => {
                if (!bar) return null;
                const x = start + s * barWidth;
                return (
                  <g key={series[s]?.key ?? s} className={`chart-bar series-${s}`}>
                    <rect
                      x={x + 1}
                      y={y(bar.value)}
                      width={barWidth - 2}
                      height={TOP + plotHeight - y(bar.value)}
                    >
                      <title>{bar.title}</title>
                    </rect>
                    {bar.mark != null && (
                      <line
                        className="chart-mark"
                        x1={x}
                        x2={x + barWidth}
                        y1={y(bar.mark)}
                        y2={y(bar.mark)}
                      />
                    )}
                  </g>
                );
              })}
              <text
                className="chart-label"
                x={LEFT + g * groupWidth + groupWidth / 2}
                y={HEIGHT - BOTTOM + 16}
                textAnchor="middle"
              >
                {group.label}
              </text>
              {group.note && (
                <text
                  className="chart-note"
                  x={LEFT + g * groupWidth + groupWidth / 2}
                  y={HEIGHT - BOTTOM + 30}
                  textAnchor="middle"
                >
                  {group.note}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {(series.length > 1 || markLabel) && (
        <figcaption className="chart-legend">
          {series.length > 1 &&
            series.map((item, s) => (
              <span key={item.key} className={`legend-item series-${s}`}>
                <span className="legend-swatch" aria-hidden="true" />
                {item.label}
              </span>
            ))}
          {markLabel && (
            <span className="legend-item">
              <span className="legend-mark" aria-hidden="true" />
              {markLabel}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
