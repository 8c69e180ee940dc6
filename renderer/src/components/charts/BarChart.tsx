import { useEffect, useId, useRef } from 'react';
import { readChartTheme, type ChartTheme } from './chart-theme';
import type { ECharts, EChartsCoreOption } from './echarts';
import './chart.css';

export interface BarChartProps {
  /** One short label per bar (a month's name). */
  labels: readonly string[];
  values: readonly number[];
  /** The heading that names the chart. */
  titleId: string;
  /** One sentence of what it shows, for a screen reader; a table beside it carries every number. */
  description: string;
}

function optionOf(labels: readonly string[], values: readonly number[], th: ChartTheme): EChartsCoreOption {
  const text = { color: th.ink, fontFamily: th.font, fontSize: th.fontSize };
  return {
    // Calm: no animation on a kiosk that may draw without a graphics card.
    animation: false,
    textStyle: text,
    grid: { left: 8, right: 8, top: th.fontSize * 2, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...labels],
      axisTick: { show: false },
      axisLine: { lineStyle: { color: th.ink, width: 2 } },
      axisLabel: { ...text, interval: labels.length > 18 ? 2 : labels.length > 12 ? 1 : 0 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { ...text, color: th.inkSoft },
      splitLine: { lineStyle: { color: th.line, width: th.highContrast ? 2 : 1 } },
    },
    series: [
      {
        type: 'bar',
        data: [...values],
        barMaxWidth: 64,
        itemStyle: { color: th.bar, borderColor: th.barEdge, borderWidth: th.highContrast ? 2 : 0 },
        label: {
          show: values.length <= 24,
          position: 'top',
          ...text,
          fontWeight: 700,
          formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : ''),
        },
      },
    ],
  };
}

/**
 * A bar chart drawn by ECharts (SVG), loaded when it first shows. It is one image to a screen
 * reader, named by its heading and described by a sentence; its colours and text follow the
 * display mode (high contrast, large text) and it redraws when that changes.
 */
export function BarChart({ labels, values, titleId, description }: BarChartProps) {
  const descId = useId();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const data = useRef({ labels, values });

  useEffect(() => {
    data.current = { labels, values };
    chart.current?.setOption(optionOf(labels, values, readChartTheme()), { notMerge: true });
  }, [labels, values]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let gone = false;
    const observers: { disconnect(): void }[] = [];
    void import('./echarts').then(({ init }) => {
      if (gone) return;
      const c = init(el, undefined, { renderer: 'svg' });
      chart.current = c;
      const draw = () => {
        const { labels: l, values: v } = data.current;
        c.setOption(optionOf(l, v, readChartTheme()), { notMerge: true });
        c.resize();
      };
      draw();
      const resized = new ResizeObserver(() => c.resize());
      resized.observe(el);
      const mode = new MutationObserver(draw);
      mode.observe(document.documentElement, { attributeFilter: ['data-contrast', 'data-text', 'lang'] });
      observers.push(resized, mode);
    });
    return () => {
      gone = true;
      observers.forEach((o) => o.disconnect());
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  return (
    <figure className="chart">
      <div
        ref={box}
        className="chart-canvas"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      />
      <figcaption id={descId} className="visually-hidden">
        {description}
      </figcaption>
    </figure>
  );
}
