/** Small timing helpers for the benchmark. Figures are printed as ratios against a baseline run in the same process. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;

export function section(title: string): void {
  console.log(`\n## ${title}`);
}

/** One line: the figure, the baseline, and how many times the baseline it is (or its share, below 1). */
export function report(
  name: string,
  value: number,
  baselineName: string,
  baseline: number,
  goal?: string,
): void {
  const ratio = value / baseline;
  console.log(
    `${name}: ${ms(value)} vs ${baselineName} ${ms(baseline)} = ${ratio.toFixed(2)}×${goal ? ` (goal ${goal})` : ''}`,
  );
}

export function figure(name: string, value: string, goal?: string): void {
  console.log(`${name}: ${value}${goal ? ` (goal ${goal})` : ''}`);
}
export { ms };
