import { useId } from 'react';
import { formatMonth } from '../shared/dates';
import { niceScale } from './chart-scale';

const W = 900;
const H = 320;
const PAD = { top: 24, right: 16, bottom: 44, left: 56 };

/**
 * Loans per month as a hand-made SVG bar chart. It is one image to a screen reader, named by the
 * heading and described by a sentence; the table beside it carries every number.
 */
export function BarChart(props: {
  months: readonly { month: string; loans: number }[];
  language: string;
  titleId: string;
  description: string;
}) {
  const { months, language, titleId, description } = props;
  const descId = useId();
  const max = Math.max(0, ...months.map((m) => m.loans));
  const { top, ticks } = niceScale(max);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, months.length);
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const labelEvery = months.length > 18 ? 3 : months.length > 12 ? 2 : 1;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={PAD.left - 8} y={y(v) + 5} textAnchor="end" className="chart-axis">
              {v}
            </text>
          </g>
        ))}
        {months.map((m, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          return (
            <g key={m.month}>
              <rect x={x} y={y(m.loans)} width={barW} height={y(0) - y(m.loans)} className="chart-bar" />
              {m.loans > 0 && months.length <= 24 && (
                <text x={x + barW / 2} y={y(m.loans) - 6} textAnchor="middle" className="chart-value">
                  {m.loans}
                </text>
              )}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={H - PAD.bottom + 20} textAnchor="middle" className="chart-axis">
                  {formatMonth(m.month, language, 'short')}
                </text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="chart-base" />
      </svg>
      <figcaption id={descId} className="visually-hidden">
        {description}
      </figcaption>
    </figure>
  );
}
