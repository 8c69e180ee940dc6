/** The chart's colours and text size, read from the page: they follow high contrast and large text. */
export interface ChartTheme {
  ink: string;
  inkSoft: string;
  line: string;
  bar: string;
  barEdge: string;
  font: string;
  /** Text size in px: 3/4 of the root size, so the large-text mode enlarges it too. */
  fontSize: number;
  highContrast: boolean;
}

export function readChartTheme(root: HTMLElement = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const highContrast = root.dataset.contrast === 'high';
  return {
    ink: v('--ink', '#2a1a12'),
    inkSoft: v('--ink-soft', '#5a463a'),
    line: v('--line', '#cdb79a'),
    bar: v('--red', '#c8102e'),
    barEdge: highContrast ? '#000000' : v('--red-deep', '#9e0b22'),
    font: v('--font-sans', 'sans-serif'),
    fontSize: Math.round((parseFloat(style.fontSize) || 20) * 0.75),
    highContrast,
  };
}
