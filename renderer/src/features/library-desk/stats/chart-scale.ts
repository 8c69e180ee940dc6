/**
 * A "nice" top for a bar chart's axis (1, 2 or 5 times a power of ten, at or above the highest
 * value) and its gridlines, so the axis reads 0, 20, 40 … rather than 0, 17, 34 ….
 */
export function niceScale(max: number, lines = 4): { top: number; ticks: number[] } {
  if (max <= 0) return { top: lines, ticks: Array.from({ length: lines + 1 }, (_, i) => i) };
  const rough = max / lines;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = step * Math.ceil(max / step);
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return { top, ticks };
}
