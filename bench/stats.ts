/** Small statistics helpers shared by the benchmarks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);
export const p95 = (values: readonly number[]) => percentile(values, 95);

export function printRow(label: string, values: readonly number[], unit: string, note = ''): void {
  const digits = median(values) < 10 ? 2 : 1;
  console.log(
    `${label}: median ${median(values).toFixed(digits)} ${unit}, p95 ${p95(values).toFixed(digits)} ${unit} (n=${values.length})${note ? `; ${note}` : ''}`,
  );
}
